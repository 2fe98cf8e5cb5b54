package dk.broer.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One in-person gathering of a cohort: when (stored in UTC, typed and shown in Copenhagen time)
 * and where. Moved or cancelled, it remembers what it was, so the learners' page can tell them.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.OF_COHORT, query = "select m from Meeting m where m.cohortId = :cohort order by m.startsAt")
@NamedQuery(name = Meeting.OF_COHORTS, query = "select m from Meeting m where m.cohortId in :cohorts order by m.startsAt")
public class Meeting {

    public static final String OF_COHORT = "Meeting.ofCohort";
    public static final String OF_COHORTS = "Meeting.ofCohorts";
    public static final int MAX_PLACE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "previous_starts_at")
    private Instant previousStartsAt;

    @Column(name = "previous_ends_at")
    private Instant previousEndsAt;

    @Column(name = "previous_place", length = MAX_PLACE)
    private String previousPlace;

    protected Meeting() {
        // for JPA
    }

    public Meeting(long cohortId, Instant startsAt, Instant endsAt, String place) {
        this.cohortId = cohortId;
        check(startsAt, endsAt);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = Objects.requireNonNull(place);
    }

    /** Moves it; a real change of time or place is remembered as what it was before (the first time only). */
    public boolean move(Instant newStart, Instant newEnd, String newPlace, Instant now) {
        check(newStart, newEnd);
        boolean changed = !newStart.equals(startsAt) || !newEnd.equals(endsAt) || !newPlace.equals(place);
        if (changed) {
            if (changedAt == null) {
                previousStartsAt = startsAt;
                previousEndsAt = endsAt;
                previousPlace = place;
            }
            changedAt = now;
            startsAt = newStart;
            endsAt = newEnd;
            place = newPlace;
        }
        return changed;
    }

    public void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
            changedAt = now;
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public boolean isMoved() {
        return previousStartsAt != null;
    }

    private static void check(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts");
        }
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    public Optional<Instant> previousStartsAt() {
        return Optional.ofNullable(previousStartsAt);
    }

    public Optional<Instant> previousEndsAt() {
        return Optional.ofNullable(previousEndsAt);
    }

    public Optional<String> previousPlace() {
        return Optional.ofNullable(previousPlace);
    }
}
