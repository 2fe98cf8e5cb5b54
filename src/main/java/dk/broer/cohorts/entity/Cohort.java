package dk.broer.cohorts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A group of learners from one organisation taking one track with their trainer(s), between two
 * dates, with meetings in person and a join code. It decides for itself whether it takes people.
 * The count of enrolled learners is kept on the row and raised by one conditional update per
 * join (Joining), so that capacity holds under 200 joins at once without a lock held for long.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.BY_JOIN_CODE, query = "select c from Cohort c where c.joinCode = :code")
@NamedQuery(name = Cohort.ALL, query = "select c from Cohort c order by c.startsOn desc, c.name")
@NamedQuery(name = Cohort.OF_TRAINER, query = "select c from Cohort c join c.trainers t where t = :trainer "
        + "order by c.startsOn desc, c.name")
@NamedQuery(name = Cohort.COUNT, query = "select count(c) from Cohort c")
@NamedQuery(name = Cohort.TAKE_PLACE, query = "update Cohort c set c.enrolled = c.enrolled + 1 "
        + "where c.id = :id and c.enrolled < c.capacity")
@NamedQuery(name = Cohort.FREE_PLACE, query = "update Cohort c set c.enrolled = c.enrolled - 1 "
        + "where c.id = :id and c.enrolled > 0")
@NamedQuery(name = Cohort.TRACKS_IN_USE, query = "select distinct c.trackId from Cohort c")
public class Cohort {

    public static final String BY_JOIN_CODE = "Cohort.byJoinCode";
    public static final String ALL = "Cohort.all";
    public static final String OF_TRAINER = "Cohort.ofTrainer";
    public static final String COUNT = "Cohort.count";
    public static final String TAKE_PLACE = "Cohort.takePlace";
    public static final String FREE_PLACE = "Cohort.freePlace";
    public static final String TRACKS_IN_USE = "Cohort.tracksInUse";

    public static final int MAX_NAME = 150;
    public static final int MAX_CAPACITY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 60)
    private String audience;

    @Column(name = "district_code", nullable = false, length = 40)
    private String districtCode;

    @Column(name = "track_id", nullable = false, length = 60)
    private String trackId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int enrolled;

    @Column(name = "join_code", nullable = false, length = 20)
    private String joinCode;

    @Column(name = "joining_closed", nullable = false)
    private boolean joiningClosed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "account_id")
    private Set<Long> trainers = new HashSet<>();

    protected Cohort() {
        // for JPA
    }

    public Cohort(Plan plan, String joinCode, Instant now) {
        this.joinCode = Objects.requireNonNull(joinCode);
        this.createdAt = now;
        replan(plan);
    }

    /** What a trainer or coordinator decides about a cohort; checked before it gets here. */
    public record Plan(String name, long organisationId, String audience, String districtCode, String trackId,
                       LocalDate startsOn, LocalDate endsOn, int capacity, Set<Long> trainers) {
    }

    public final void replan(Plan plan) {
        if (plan.endsOn().isBefore(plan.startsOn()) || plan.capacity() < 1 || plan.trainers().isEmpty()) {
            throw new IllegalArgumentException("A cohort ends after it starts, has places and a trainer");
        }
        if (plan.capacity() < enrolled) {
            throw new IllegalArgumentException("Capacity below the learners already enrolled");
        }
        this.name = plan.name();
        this.organisationId = plan.organisationId();
        this.audience = plan.audience();
        this.districtCode = plan.districtCode();
        this.trackId = plan.trackId();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.capacity = plan.capacity();
        this.trainers.clear();
        this.trainers.addAll(plan.trainers());
    }

    public CohortStatus status(LocalDate today) {
        if (today.isAfter(endsOn)) {
            return CohortStatus.ENDED;
        }
        if (joiningClosed) {
            return CohortStatus.CLOSED;
        }
        if (enrolled >= capacity) {
            return CohortStatus.FULL;
        }
        return today.isBefore(startsOn) ? CohortStatus.PLANNED : CohortStatus.OPEN;
    }

    public boolean isFull() {
        return enrolled >= capacity;
    }

    public boolean isTrainedBy(long accountId) {
        return trainers.contains(accountId);
    }

    /** A new code: the old one on last week's slide stops working. */
    public void rotateCode(String code) {
        this.joinCode = Objects.requireNonNull(code);
    }

    public void closeJoining() {
        this.joiningClosed = true;
    }

    public void openJoining() {
        this.joiningClosed = false;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long organisationId() {
        return organisationId;
    }

    public String audience() {
        return audience;
    }

    public String districtCode() {
        return districtCode;
    }

    public String trackId() {
        return trackId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int capacity() {
        return capacity;
    }

    public int enrolled() {
        return enrolled;
    }

    public String joinCode() {
        return joinCode;
    }

    public boolean isJoiningClosed() {
        return joiningClosed;
    }

    public Set<Long> trainers() {
        return Set.copyOf(trainers);
    }
}
