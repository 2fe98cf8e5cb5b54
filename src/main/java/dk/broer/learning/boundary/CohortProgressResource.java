package dk.broer.learning.boundary;

import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.control.CompletionRules;
import dk.broer.learning.control.Completions;
import dk.broer.learning.control.Progress;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.learning.entity.ModuleState;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.Learners;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.QrCode;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * Progress in a cohort for the people who run it: each learner's modules, workshop and completion.
 * (JAX-RS picks one root resource per request, so each of these sits at its own full path beside
 * CohortsResource's "cohorts".)
 */
@Path("cohorts/{id}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class CohortProgressResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    Learners learners;

    @Inject
    Progress progress;

    @Inject
    Completions completions;

    @Inject
    Attendances attendances;

    @Inject
    ContentCatalogue content;

    @Inject
    CurrentCaller caller;

    @Inject
    BaseUrl baseUrl;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    public record ModuleCell(String id, String state, int failedAttempts) {
    }

    public record LearnerProgress(long learnerId, String name, int passed, int total, List<ModuleCell> modules,
                                  boolean attended, Instant completedAt) {
    }


    @GET
    public List<LearnerProgress> progress(@PathParam("id") long id) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        List<Enrolment> enrolments = joining.enrolments(cohort.id());
        Optional<Track> track = content.catalogue().track(cohort.trackId());
        Map<Long, Learner> people = people(enrolments);
        Map<Long, Map<String, ModuleProgress>> all = progress.of(people.keySet()).stream().collect(Collectors.groupingBy(
                ModuleProgress::learnerId, Collectors.toMap(ModuleProgress::moduleId, Function.identity())));
        Map<Long, Completion> done = completions.of(enrolments.stream().map(Enrolment::id).toList()).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        return enrolments.stream().map(e -> {
            Map<String, ModuleProgress> mine = all.getOrDefault(e.learnerId(), Map.of());
            List<String> required = track.map(t -> CompletionRules.required(e.modules(), t)).orElse(e.modules());
            List<ModuleCell> cells = required.stream().map(m -> Optional.ofNullable(mine.get(m))
                    .map(p -> new ModuleCell(m, p.state().code(), p.failedAttempts()))
                    .orElse(new ModuleCell(m, ModuleState.NOT_STARTED.code(), 0))).toList();
            int passed = (int) cells.stream().filter(c -> c.state().equals(ModuleState.PASSED.code())).count();
            return new LearnerProgress(e.learnerId(), people.get(e.learnerId()).name(), passed, cells.size(), cells,
                    attendances.attended(e), Optional.ofNullable(done.get(e.id())).map(Completion::completedAt).orElse(null));
        }).sorted(Comparator.comparing(LearnerProgress::name)).toList();
    }

    private Map<Long, Learner> people(List<Enrolment> enrolments) {
        return learners.all(enrolments.stream().map(Enrolment::learnerId).toList()).stream()
                .collect(Collectors.toMap(Learner::id, Function.identity()));
    }
}
