package dk.broer.evaluations.control;

import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Attendance;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.evaluations.entity.AnswerMark;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.learning.control.Completions;
import dk.broer.learning.entity.Completion;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The occasions a cohort's learners evaluate: the track, once completed (until some days after the
 * cohort ends), and each meeting that has taken place (until some days after it), for those who
 * could have been there. The occasion row is made at the first answer or
 * when staff close it; until then its dates come from the cohort and the meeting.
 */
@ApplicationScoped
public class CourseOccasions {

    /** One occasion as a learner or a trainer sees it; {@code meeting} only for a meeting. */
    public record Course(String key, OccasionKind kind, Cohort cohort, Meeting meeting, LocalDate closesOn) {
    }

    /** An occasion open to one of the learner's enrolments. */
    public record Open(Course course, Enrolment enrolment, boolean answered) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Joining joining;

    @Inject
    Cohorts cohorts;

    @Inject
    Attendances attendances;

    @Inject
    Completions completions;

    @Inject
    @ConfigProperty(name = "broer.evaluations.track-days", defaultValue = "14")
    int trackDays;

    @Inject
    @ConfigProperty(name = "broer.evaluations.meeting-days", defaultValue = "7")
    int meetingDays;

    Clock clock = Clock.systemUTC();

    /** What the learner may answer now, or has answered and is still open. */
    public List<Open> openTo(long learnerId) {
        LocalDate today = Copenhagen.today(clock);
        List<Open> open = new ArrayList<>();
        for (Enrolment enrolment : joining.enrolmentsOf(learnerId)) {
            Cohort cohort = em.find(Cohort.class, enrolment.cohortId());
            for (Course course : eligible(cohort, enrolment)) {
                Optional<Occasion> occasion = find(course);
                if (!today.isAfter(course.closesOn()) && occasion.filter(Occasion::isReleased).isEmpty()) {
                    boolean answered = occasion.filter(o -> em.find(AnswerMark.class, new AnswerMark.Key(o.id(), enrolment.id())) != null)
                            .isPresent();
                    open.add(new Open(course, enrolment, answered));
                }
            }
        }
        return open;
    }

    public Open openTo(long learnerId, String key) {
        return openTo(learnerId).stream().filter(o -> o.course().key().equals(key)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("evaluation.notFound"));
    }

    /** Every occasion of a cohort that has begun: the track, and each meeting that has started. */
    public List<Course> of(Cohort cohort) {
        Instant now = clock.instant();
        List<Course> courses = new ArrayList<>();
        courses.add(track(cohort));
        cohorts.meetings(cohort.id()).stream().filter(m -> !m.isCancelled() && !m.startsAt().isAfter(now))
                .map(m -> meeting(cohort, m)).forEach(courses::add);
        return courses;
    }

    public Course of(Cohort cohort, String key) {
        return of(cohort).stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("evaluation.notFound"));
    }

    /** Who may answer: those who completed (the track), or who could have been at the meeting and were not marked absent. */
    public List<Enrolment> eligible(Course course) {
        if (course.kind() == OccasionKind.TRACK) {
            Set<Long> completed = completions.ofCohort(course.cohort().id()).stream().map(Completion::enrolmentId)
                    .collect(Collectors.toSet());
            return joining.enrolments(course.cohort().id()).stream().filter(e -> completed.contains(e.id())).toList();
        }
        List<Attendance> marks = attendances.of(course.meeting().id());
        return joining.enrolments(course.cohort().id()).stream().filter(e -> couldHaveBeenAt(course.meeting(), e, marks)).toList();
    }

    /**
     * Marked present, or enrolled by the meeting's end and not marked absent: a learner who joined
     * on the day and was ticked off on the sheet may evaluate it.
     */
    private static boolean couldHaveBeenAt(Meeting meeting, Enrolment enrolment, List<Attendance> marks) {
        Optional<Boolean> present = marks.stream().filter(a -> a.meetingId() == meeting.id() && a.learnerId() == enrolment.learnerId())
                .map(Attendance::isPresent).findFirst();
        return present.orElseGet(() -> !enrolment.enrolledAt().isAfter(meeting.endsAt()));
    }

    public Optional<Occasion> find(Course course) {
        long subject = course.kind() == OccasionKind.TRACK ? course.cohort().id() : course.meeting().id();
        return em.createNamedQuery(Occasion.OF_SUBJECT, Occasion.class).setParameter("kind", course.kind())
                .setParameter("subject", subject).getResultStream().findFirst();
    }

    /** The occasion's row, made now if nobody has answered yet (a race on its unique key is retried by the caller). */
    @Transactional
    public Occasion made(Course course, String questionnaire) {
        return find(course).orElseGet(() -> {
            Cohort c = course.cohort();
            Occasion made = course.kind() == OccasionKind.TRACK
                    ? new Occasion(new Occasion.Subject(OccasionKind.TRACK, c.id(), c.id(), c.name(), c.districtCode(), c.endsOn()),
                    questionnaire, c.startsOn(), course.closesOn())
                    : new Occasion(new Occasion.Subject(OccasionKind.MEETING, course.meeting().id(), c.id(), c.name(), c.districtCode(),
                    day(course.meeting().startsAt())), questionnaire, day(course.meeting().startsAt()), course.closesOn());
            em.persist(made);
            em.flush();
            return made;
        });
    }

    private List<Course> eligible(Cohort cohort, Enrolment enrolment) {
        List<Course> courses = new ArrayList<>();
        if (completions.of(enrolment).isPresent()) {
            courses.add(track(cohort));
        }
        Instant now = clock.instant();
        List<Meeting> meetings = cohorts.meetings(cohort.id());
        List<Attendance> marks = attendances.of(meetings.stream().map(Meeting::id).toList());
        meetings.stream().filter(m -> !m.isCancelled() && !m.startsAt().isAfter(now) && couldHaveBeenAt(m, enrolment, marks))
                .map(m -> meeting(cohort, m)).forEach(courses::add);
        return courses;
    }

    private Course track(Cohort cohort) {
        return new Course("track-" + cohort.id(), OccasionKind.TRACK, cohort, null, cohort.endsOn().plusDays(trackDays));
    }

    private Course meeting(Cohort cohort, Meeting meeting) {
        return new Course("meeting-" + meeting.id(), OccasionKind.MEETING, cohort, meeting, day(meeting.endsAt()).plusDays(meetingDays));
    }

    private static LocalDate day(Instant instant) {
        return Copenhagen.local(instant).toLocalDate();
    }
}
