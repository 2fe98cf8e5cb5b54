package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.District;
import dk.broer.cohorts.entity.JoinCode;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.cohorts.entity.MeetingChanged;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Catalogue;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.people.control.StaffAccounts;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cohorts as trainers and coordinators keep them. A trainer sees and edits the cohorts they
 * train; a coordinator all of them. To anyone else a cohort is not there (404), so its id says
 * nothing. Every change is in the audit log.
 */
@ApplicationScoped
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Organisations organisations;

    @Inject
    StaffAccounts staff;

    @Inject
    AuditLog audit;

    @Inject
    Event<MeetingChanged> meetingChanged;

    Clock clock = Clock.systemUTC();

    /** The cohort with this id, if the caller may see it; else 404 whether or not it exists. */
    public Cohort visibleTo(Caller caller, long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null || !(caller.hasAny(Role.COORDINATOR) || cohort.isTrainedBy(caller.id()) && caller.isStaff())) {
            throw ApiProblem.notFound("cohort.notFound", id);
        }
        return cohort;
    }

    public List<Cohort> visibleTo(Caller caller) {
        if (caller.hasAny(Role.COORDINATOR)) {
            return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
        }
        return em.createNamedQuery(Cohort.OF_TRAINER, Cohort.class).setParameter("trainer", caller.id()).getResultList();
    }

    /** An organisation's cohorts, newest first; who may see them is the caller's business. */
    public List<Cohort> ofOrganisation(long organisationId) {
        return em.createQuery("select c from Cohort c where c.organisationId = :org order by c.startsOn desc, c.name", Cohort.class)
                .setParameter("org", organisationId).getResultList();
    }

    @Transactional
    public Cohort create(Caller caller, CohortDetails details) {
        Cohort.Plan plan = plan(caller, details, 0);
        Cohort cohort = new Cohort(plan, freshCode(), clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record("cohort.create", "cohort", cohort.id(), describe(cohort));
        return cohort;
    }

    @Transactional
    public Cohort update(Caller caller, long id, CohortDetails details) {
        Cohort cohort = visibleTo(caller, id);
        cohort.replan(plan(caller, details, cohort.enrolled()));
        audit.record("cohort.update", "cohort", id, describe(cohort));
        return cohort;
    }

    @Transactional
    public Cohort rotateCode(Caller caller, long id) {
        Cohort cohort = visibleTo(caller, id);
        cohort.rotateCode(freshCode());
        audit.record("cohort.join-code-rotate", "cohort", id, null);
        return cohort;
    }

    @Transactional
    public Cohort setJoining(Caller caller, long id, boolean open) {
        Cohort cohort = visibleTo(caller, id);
        if (open) {
            cohort.openJoining();
        } else {
            cohort.closeJoining();
        }
        audit.record(open ? "cohort.joining-open" : "cohort.joining-close", "cohort", id, null);
        return cohort;
    }

    public List<Meeting> meetings(long cohortId) {
        return em.createNamedQuery(Meeting.OF_COHORT, Meeting.class).setParameter("cohort", cohortId).getResultList();
    }

    public List<Meeting> meetings(List<Long> cohortIds) {
        return cohortIds.isEmpty() ? List.of()
                : em.createNamedQuery(Meeting.OF_COHORTS, Meeting.class).setParameter("cohorts", cohortIds).getResultList();
    }

    @Transactional
    public Meeting addMeeting(Caller caller, long cohortId, MeetingDetails details) {
        Cohort cohort = visibleTo(caller, cohortId);
        check(details.problems(cohort));
        Meeting meeting = new Meeting(cohortId, details.startsAt(), details.endsAt(), details.tidyPlace());
        em.persist(meeting);
        em.flush();
        audit.record("meeting.create", "meeting", meeting.id(), "cohort=" + cohortId);
        meetingChanged.fire(new MeetingChanged(cohortId, meeting.id(), MeetingChanged.Kind.PLANNED, clock.instant()));
        return meeting;
    }

    @Transactional
    public Meeting moveMeeting(Caller caller, long cohortId, long meetingId, MeetingDetails details) {
        Cohort cohort = visibleTo(caller, cohortId);
        Meeting meeting = meeting(cohortId, meetingId);
        if (meeting.isCancelled()) {
            throw ApiProblem.conflict("meeting.cancelled");
        }
        check(details.problems(cohort));
        if (meeting.move(details.startsAt(), details.endsAt(), details.tidyPlace(), clock.instant())) {
            audit.record("meeting.move", "meeting", meetingId, "cohort=" + cohortId);
            meetingChanged.fire(new MeetingChanged(cohortId, meetingId, MeetingChanged.Kind.MOVED, clock.instant()));
        }
        return meeting;
    }

    @Transactional
    public Meeting cancelMeeting(Caller caller, long cohortId, long meetingId) {
        visibleTo(caller, cohortId);
        Meeting meeting = meeting(cohortId, meetingId);
        meeting.cancel(clock.instant());
        audit.record("meeting.cancel", "meeting", meetingId, "cohort=" + cohortId);
        meetingChanged.fire(new MeetingChanged(cohortId, meetingId, MeetingChanged.Kind.CANCELLED, clock.instant()));
        return meeting;
    }

    /** Staff who may train a cohort: active accounts with the trainer role. */
    public List<StaffAccount> trainers() {
        return staff.all().stream().filter(a -> a.isActive() && a.holds(Role.TRAINER)).toList();
    }

    private Meeting meeting(long cohortId, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.cohortId() != cohortId) {
            throw ApiProblem.notFound("meeting.notFound", meetingId);
        }
        return meeting;
    }

    /** Checks every reference and field; a trainer who creates a cohort trains it. */
    private Cohort.Plan plan(Caller caller, CohortDetails details, int enrolled) {
        List<FieldError> problems = new ArrayList<>(details.problems());
        Catalogue catalogue = content.catalogue();
        if (details.organisationId() != null && organisations.findActive(details.organisationId()).isEmpty()) {
            problems.add(FieldError.of("organisationId", "cohort.organisation.unknown"));
        }
        if (details.trackId() != null && !details.trackId().isBlank() && catalogue.track(details.trackId()).isEmpty()) {
            problems.add(FieldError.of("trackId", "cohort.track.unknown", details.trackId()));
        }
        String audience = details.audience() == null || details.audience().isBlank()
                ? catalogue.track(String.valueOf(details.trackId())).map(t -> t.audience()).orElse(null)
                : details.audience().strip();
        if (audience != null && catalogue.audience(audience).isEmpty()) {
            problems.add(FieldError.of("audience", "cohort.audience.unknown", audience));
        }
        if (details.districtCode() != null && !details.districtCode().isBlank()
                && em.find(District.class, details.districtCode()) == null) {
            problems.add(FieldError.of("districtCode", "cohort.district.unknown"));
        }
        Set<Long> trainers = new LinkedHashSet<>(details.trainerSet());
        // A trainer's own cohort includes them; a coordinator chooses (and is added only when naming nobody).
        if (caller.hasAny(Role.TRAINER) && (!caller.hasAny(Role.COORDINATOR) || trainers.isEmpty())) {
            trainers.add(caller.id());
        }
        if (trainers.isEmpty()) {
            problems.add(FieldError.of("trainers", "cohort.trainers.missing"));
        } else if (trainers.stream().anyMatch(id -> staff.find(id).filter(a -> a.isActive() && a.holds(Role.TRAINER)).isEmpty())) {
            problems.add(FieldError.of("trainers", "cohort.trainers.unknown"));
        }
        if (details.capacity() != null && details.capacity() < enrolled) {
            problems.add(FieldError.of("capacity", "cohort.capacity.belowEnrolled", enrolled));
        }
        check(problems);
        return new Cohort.Plan(details.tidyName(), details.organisationId(), audience, details.districtCode().strip(),
                details.trackId().strip(), details.start().orElseThrow(), details.end().orElseThrow(), details.capacity(),
                trainers);
    }

    private static void check(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private String freshCode() {
        String code;
        do {
            code = JoinCode.random();
        } while (!em.createNamedQuery(Cohort.BY_JOIN_CODE, Cohort.class).setParameter("code", code).getResultList().isEmpty());
        return code;
    }

    private static String describe(Cohort c) {
        return "track=" + c.trackId() + "; organisation=" + c.organisationId() + "; district=" + c.districtCode()
                + "; " + c.startsOn() + ".." + c.endsOn() + "; capacity=" + c.capacity() + "; trainers=" + c.trainers();
    }
}
