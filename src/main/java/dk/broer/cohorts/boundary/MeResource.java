package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.Caller;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.Learners;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.LEARNER;

/** A signed-in learner's own page: their cohorts and tracks, meetings, and notices of changes. */
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
    CohortViews views;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    /** A meeting that moved or was cancelled after the learner joined, and is not over. */
    public record Notice(String kind, CohortViews.MeetingView meeting) {
    }

    public record MyCohort(long id, String name, String organisation, CohortViews.TrackRef track, LocalDate startsOn,
                           LocalDate endsOn, String status, List<CohortViews.MeetingView> meetings, List<Notice> notices) {
    }

    public record Me(String name, List<MyCohort> cohorts) {
    }

    @GET
    public Me me(@QueryParam("lang") String lang) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        Caller who = caller.get();
        Learner learner = learners.find(who.id()).orElseThrow();
        List<Enrolment> enrolments = joining.enrolmentsOf(learner.id());
        Map<Long, List<Meeting>> meetings = cohorts.meetings(enrolments.stream().map(Enrolment::cohortId).toList())
                .stream().collect(Collectors.groupingBy(Meeting::cohortId));
        return new Me(learner.name(), enrolments.stream().map(e -> {
            Cohort c = em.find(Cohort.class, e.cohortId());
            List<Meeting> own = meetings.getOrDefault(c.id(), List.of());
            CohortViews.PublicCohort shown = views.publicly(c, language);
            return new MyCohort(c.id(), c.name(), shown.organisation(), views.track(e, language), c.startsOn(),
                    c.endsOn(), shown.status(), own.stream().map(CohortViews::meeting).toList(), notices(e, own));
        }).toList());
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
