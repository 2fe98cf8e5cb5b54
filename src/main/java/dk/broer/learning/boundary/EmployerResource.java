package dk.broer.learning.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.control.Organisations;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.control.CompletionRules;
import dk.broer.learning.control.Completions;
import dk.broer.learning.control.Progress;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.Caller;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.entity.Learner;
import dk.broer.people.entity.Role;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Spreadsheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.ORGANISATION_CONTACT;

/**
 * The employer's view: an organisation contact sees the people in their organisation's cohorts
 * and who has completed what, with dates — nothing about other organisations (403), no attempts,
 * no codes. Coordinators and admins see any organisation's. As JSON and as CSV for Excel.
 */
@Path("organisations/{id}/completions")
@RequestScoped
@Allowed({ORGANISATION_CONTACT, COORDINATOR, ADMIN})
public class EmployerResource {

    @Inject
    Organisations organisations;

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    Progress progress;

    @Inject
    Completions completions;

    @Inject
    ContentCatalogue content;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    public record CohortRef(long id, String name, String track, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Taken(long cohortId, int passed, int total, Instant completedAt) {
    }

    public record Person(String name, String employeeNumber, List<Taken> cohorts) {
    }

    public record Staff(long organisationId, String organisation, List<CohortRef> cohorts, List<Person> people) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Staff staff(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return build(id, language(lang));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang, @QueryParam("separator") String separator) {
        String language = language(lang);
        Staff staff = build(id, language);
        Map<Long, CohortRef> byId = staff.cohorts().stream().collect(Collectors.toMap(CohortRef::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.text(language, "csv.name"), Messages.text(language, "csv.employeeNumber"),
                Messages.text(language, "csv.cohort"), Messages.text(language, "csv.track"), Messages.text(language, "csv.passed"),
                Messages.text(language, "csv.completed")));
        for (Person person : staff.people()) {
            for (Taken taken : person.cohorts()) {
                CohortRef cohort = byId.get(taken.cohortId());
                rows.add(List.of(person.name(), Optional.ofNullable(person.employeeNumber()).orElse(""), cohort.name(),
                        cohort.track(), taken.passed() + "/" + taken.total(), taken.completedAt() == null ? ""
                                : Copenhagen.local(taken.completedAt()).toLocalDate().toString()));
            }
        }
        return Response.ok(Spreadsheet.csv(rows, "comma".equals(separator))).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"completions-" + id + ".csv\"").build();
    }

    private Staff build(long id, String language) {
        Caller who = caller.get();
        if (!who.hasAny(COORDINATOR, ADMIN) && !who.organisation().filter(o -> o == id).isPresent()) {
            throw ApiProblem.forbidden();
        }
        Organisation organisation = organisations.find(id).orElseThrow(() -> ApiProblem.notFound("organisation.notFound", id));
        List<Cohort> theirs = cohorts.ofOrganisation(id);
        Map<Long, Cohort> cohortById = theirs.stream().collect(Collectors.toMap(Cohort::id, Function.identity()));
        List<Enrolment> enrolments = joining.enrolmentsOfOrganisation(id);
        Map<Long, Learner> people = joining.learnersOfOrganisation(id);
        Map<Long, Map<String, ModuleProgress>> progressOf = progress.ofOrganisation(id);
        Map<Long, Completion> done = completions.ofOrganisation(id).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        Map<Long, List<Enrolment>> byLearner = enrolments.stream().collect(Collectors.groupingBy(Enrolment::learnerId));
        List<Person> list = byLearner.entrySet().stream().map(entry -> {
            Learner learner = people.get(entry.getKey());
            List<Taken> taken = entry.getValue().stream().map(e -> {
                Optional<Track> track = content.catalogue().track(e.trackId());
                List<String> required = track.map(t -> CompletionRules.required(e.modules(), t)).orElse(e.modules());
                Map<String, ModuleProgress> mine = progressOf.getOrDefault(learner.id(), Map.of());
                int count = (int) required.stream().map(mine::get).filter(p -> p != null && p.isPassed()).count();
                return new Taken(e.cohortId(), count, required.size(),
                        Optional.ofNullable(done.get(e.id())).map(Completion::completedAt).orElse(null));
            }).toList();
            return new Person(learner.name(), learner.employeeNumber().orElse(null), taken);
        }).sorted(Comparator.comparing(Person::name)).toList();
        return new Staff(id, organisation.name(), theirs.stream().map(c -> new CohortRef(c.id(), c.name(),
                content.catalogue().track(c.trackId()).map(t -> t.title().in(language)).orElse(c.trackId()),
                c.startsOn(), c.endsOn())).toList(), list);
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
