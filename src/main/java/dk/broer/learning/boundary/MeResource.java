package dk.broer.learning.boundary;

import dk.broer.cohorts.boundary.CohortViews;
import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
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
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.LEARNER;

/**
 * A signed-in learner's own page: each cohort's track with the state of every module and what
 * comes next, the meetings and notices of changes, the workshop, completion and the follow-up.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(LEARNER)
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Learners learners;

    @Inject
    Joining joining;

    @Inject
    Cohorts cohorts;

    @Inject
    Attendances attendances;

    @Inject
    CohortViews views;

    @Inject
    Progress progress;

    @Inject
    Completions completions;

    @Inject
    ContentCatalogue content;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    public record Notice(String kind, CohortViews.MeetingView meeting) {
    }

    public record ModuleStep(String id, String title, String state, Integer passedVersion) {
    }

    public record Steps(String id, String title, List<ModuleStep> modules, int passed, int total, ModuleStep next) {
    }

    public record Workshop(String rule, boolean attended) {
    }

    /** The follow-up module: when it opens (30 days after completing), whether it is open and passed. */
    public record FollowUp(String id, String title, LocalDate opensOn, boolean open, boolean passed) {
    }

    public record MyCohort(long id, String name, String organisation, Steps track, LocalDate startsOn, LocalDate endsOn,
                           String status, List<CohortViews.MeetingView> meetings, List<Notice> notices, Workshop workshop,
                           Instant completedAt, FollowUp followUp) {
    }

    public record Me(String name, List<MyCohort> cohorts) {
    }

    @GET
    public Me me(@QueryParam("lang") String lang) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        Learner learner = learners.find(caller.get().id()).orElseThrow();
        List<Enrolment> enrolments = joining.enrolmentsOf(learner.id());
        Map<Long, List<Meeting>> meetings = cohorts.meetings(enrolments.stream().map(Enrolment::cohortId).toList())
                .stream().collect(Collectors.groupingBy(Meeting::cohortId));
        Map<String, ModuleProgress> mine = progress.of(learner.id()).stream()
                .collect(Collectors.toMap(ModuleProgress::moduleId, Function.identity()));
        Map<Long, Completion> done = completions.of(enrolments.stream().map(Enrolment::id).toList()).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        return new Me(learner.name(), enrolments.stream().map(e -> {
            Cohort c = em.find(Cohort.class, e.cohortId());
            List<Meeting> own = meetings.getOrDefault(c.id(), List.of());
            CohortViews.PublicCohort shown = views.publicly(c, language);
            Optional<Track> track = content.catalogue().track(e.trackId());
            Optional<Completion> completion = Optional.ofNullable(done.get(e.id()));
            return new MyCohort(c.id(), c.name(), shown.organisation(), steps(e, track, mine, language), c.startsOn(),
                    c.endsOn(), shown.status(), own.stream().map(CohortViews::meeting).toList(), notices(e, own),
                    new Workshop(track.map(t -> t.completion().workshop().code()).orElse("none"), attendances.attended(e)),
                    completion.map(Completion::completedAt).orElse(null), followUp(track, completion, mine, language));
        }).toList());
    }

    /** Opening a module marks it started: a small POST from the page, never a write on the GET that serves it. */
    @POST
    @Path("modules/{module}/opened")
    public Response opened(@PathParam("module") String module) {
        progress.open(caller.get().id(), module);
        return Response.noContent().build();
    }

    private Steps steps(Enrolment e, Optional<Track> track, Map<String, ModuleProgress> mine, String language) {
        CohortViews.TrackRef ref = views.track(e, language);
        List<String> required = track.map(t -> CompletionRules.required(e.modules(), t)).orElse(e.modules());
        List<ModuleStep> steps = ref.modules().stream().filter(m -> required.contains(m.id()))
                .map(m -> step(m.id(), m.title(), mine)).toList();
        int passed = (int) steps.stream().filter(s -> s.state().equals(ModuleState.PASSED.code())).count();
        ModuleStep next = steps.stream().filter(s -> !s.state().equals(ModuleState.PASSED.code())).findFirst().orElse(null);
        return new Steps(ref.id(), ref.title(), steps, passed, steps.size(), next);
    }

    private static ModuleStep step(String id, String title, Map<String, ModuleProgress> mine) {
        ModuleProgress p = mine.get(id);
        return new ModuleStep(id, title, p == null ? ModuleState.NOT_STARTED.code() : p.state().code(),
                p == null ? null : p.passedVersion().orElse(null));
    }

    private FollowUp followUp(Optional<Track> track, Optional<Completion> completion, Map<String, ModuleProgress> mine,
                              String language) {
        return track.flatMap(Track::followUpIfAny).map(id -> {
            String title = content.catalogue().module(id).map(m -> m.in(language).title()).orElse(id);
            LocalDate opens = completion.map(c -> c.followUpOpensOn(Copenhagen.ZONE, Track.FOLLOW_UP_DAYS)).orElse(null);
            boolean open = opens != null && !Copenhagen.today(clock).isBefore(opens);
            boolean passed = Optional.ofNullable(mine.get(id)).filter(ModuleProgress::isPassed).isPresent();
            return new FollowUp(id, title, opens, open, passed);
        }).orElse(null);
    }

    private List<Notice> notices(Enrolment enrolment, List<Meeting> meetings) {
        Instant now = clock.instant();
        return meetings.stream()
                .filter(m -> m.changedAt().filter(at -> at.isAfter(enrolment.enrolledAt())).isPresent())
                .filter(m -> m.isCancelled() || m.isMoved())
                .filter(m -> m.endsAt().isAfter(now) || m.previousEndsAt().filter(end -> end.isAfter(now)).isPresent())
                .map(m -> new Notice(m.isCancelled() ? "cancelled" : "moved", CohortViews.meeting(m))).toList();
    }
}
