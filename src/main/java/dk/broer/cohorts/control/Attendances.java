package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Attendance;
import dk.broer.cohorts.entity.AttendanceMarked;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.people.entity.LearnersMerged;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Who was at which meeting. A trainer marks each learner present or absent with one tap, saved at
 * once; tapping again changes it, and "undo" clears the mark. A workshop done elsewhere can be
 * marked by hand, with a reason. Each change fires AttendanceMarked, so completion follows at once.
 */
@ApplicationScoped
public class Attendances {

    public static final int MAX_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    AuditLog audit;

    @Inject
    Event<AttendanceMarked> marked;

    Clock clock = Clock.systemUTC();

    public List<Attendance> of(long meetingId) {
        return em.createNamedQuery(Attendance.OF_MEETING, Attendance.class).setParameter("meeting", meetingId).getResultList();
    }

    public List<Attendance> of(List<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of()
                : em.createNamedQuery(Attendance.OF_MEETINGS, Attendance.class).setParameter("meetings", meetingIds).getResultList();
    }

    /** present true or false marks; null clears the mark (undo). */
    @Transactional
    public Optional<Attendance> mark(Caller caller, long cohortId, long meetingId, long learnerId, Boolean present) {
        Cohort cohort = cohorts.visibleTo(caller, cohortId);
        Meeting meeting = cohorts.meetings(cohort.id()).stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("meeting.notFound", meetingId));
        joining.enrolments(cohort.id()).stream().filter(e -> e.learnerId() == learnerId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("cohort.learnerNotFound", learnerId));
        Optional<Attendance> existing = em.createNamedQuery(Attendance.ONE, Attendance.class)
                .setParameter("meeting", meeting.id()).setParameter("learner", learnerId).getResultStream().findFirst();
        Optional<Attendance> result;
        if (present == null) {
            existing.ifPresent(em::remove);
            result = Optional.empty();
        } else if (existing.isPresent()) {
            existing.get().mark(present, caller.id(), clock.instant());
            result = existing;
        } else {
            Attendance attendance = new Attendance(meeting.id(), learnerId, present, caller.id(), clock.instant());
            em.persist(attendance);
            result = Optional.of(attendance);
        }
        em.flush();
        audit.record("attendance.mark", "meeting", meeting.id(),
                "learner=" + learnerId + "; " + (present == null ? "cleared" : present ? "present" : "absent"));
        marked.fire(new AttendanceMarked(cohort.id(), meeting.id(), learnerId, present, clock.instant()));
        return result;
    }

    /** A workshop the learner took part in some other way, marked by their trainer with why. */
    @Transactional
    public Enrolment workshopByHand(Caller caller, long cohortId, long learnerId, String reason) {
        Cohort cohort = cohorts.visibleTo(caller, cohortId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ApiProblem.invalid(FieldError.of("reason", "progress.reason.missing", MAX_REASON));
        }
        Enrolment enrolment = joining.enrolments(cohort.id()).stream().filter(e -> e.learnerId() == learnerId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("cohort.learnerNotFound", learnerId));
        enrolment.workshopDoneByHand(why, caller.id(), clock.instant());
        audit.record("attendance.workshop-by-hand", "cohort", cohort.id(), "learner=" + learnerId);
        marked.fire(new AttendanceMarked(cohort.id(), 0, learnerId, true, clock.instant()));
        return enrolment;
    }

    /** Was the learner at one or more of the cohort's meetings (or marked as such by hand)? */
    public boolean attended(Enrolment enrolment) {
        if (enrolment.isWorkshopDoneByHand()) {
            return true;
        }
        List<Long> meetings = cohorts.meetings(enrolment.cohortId()).stream().filter(m -> !m.isCancelled()).map(Meeting::id).toList();
        return !meetings.isEmpty() && !em.createNamedQuery(Attendance.PRESENT_IN, Attendance.class)
                .setParameter("learner", enrolment.learnerId()).setParameter("meetings", meetings).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Two records, one person: the duplicate's marks move to the kept record (present wins a clash). */
    void moveAttendance(@Observes @Priority(20) LearnersMerged merge) {
        List<Attendance> kept = em.createNamedQuery(Attendance.OF_LEARNER, Attendance.class).setParameter("learner", merge.kept())
                .getResultList();
        for (Attendance mark : em.createNamedQuery(Attendance.OF_LEARNER, Attendance.class)
                .setParameter("learner", merge.duplicate()).getResultList()) {
            Optional<Attendance> clash = kept.stream().filter(k -> k.meetingId() == mark.meetingId()).findFirst();
            if (clash.isPresent()) {
                if (mark.isPresent() && !clash.get().isPresent()) {
                    clash.get().mark(true, null, mark.markedAt());
                }
                em.remove(mark);
            } else {
                mark.moveTo(merge.kept());
            }
        }
        em.flush();
    }
}
