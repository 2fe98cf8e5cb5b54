package dk.broer.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** Whether a learner was at one meeting, as their trainer marked it (one tap, saved at once, undone by another). */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.OF_MEETING, query = "select a from Attendance a where a.meetingId = :meeting")
@NamedQuery(name = Attendance.ONE, query = "select a from Attendance a where a.meetingId = :meeting and a.learnerId = :learner")
@NamedQuery(name = Attendance.PRESENT_IN, query = "select a from Attendance a where a.learnerId = :learner "
        + "and a.present = true and a.meetingId in :meetings")
@NamedQuery(name = Attendance.OF_LEARNER, query = "select a from Attendance a where a.learnerId = :learner")
@NamedQuery(name = Attendance.OF_MEETINGS, query = "select a from Attendance a where a.meetingId in :meetings")
public class Attendance {

    public static final String OF_MEETING = "Attendance.ofMeeting";
    public static final String ONE = "Attendance.one";
    public static final String PRESENT_IN = "Attendance.presentIn";
    public static final String OF_LEARNER = "Attendance.ofLearner";
    public static final String OF_MEETINGS = "Attendance.ofMeetings";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by")
    private Long markedBy;

    protected Attendance() {
        // for JPA
    }

    public Attendance(long meetingId, long learnerId, boolean present, Long markedBy, Instant now) {
        this.meetingId = meetingId;
        this.learnerId = learnerId;
        mark(present, markedBy, now);
    }

    public final void mark(boolean present, Long markedBy, Instant now) {
        this.present = present;
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    public void moveTo(long learnerId) {
        this.learnerId = learnerId;
    }

    public long meetingId() {
        return meetingId;
    }

    public long learnerId() {
        return learnerId;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
