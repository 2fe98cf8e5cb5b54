package dk.broer.cohorts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner in a cohort. It keeps the track's modules as they were on the day of enrolling, so a
 * later change of the track in content/ changes nobody's course half-way; and the learner's
 * audience, which defaults to the cohort's.
 */
@Entity
@Table(name = "enrolment")
// Every list of enrolments brings their module lists in one more query (a join on the same
// criteria), not one query per enrolment: the matrix of 500 learners made 500 of them.
@NamedQuery(name = Enrolment.OF_COHORT, query = "select e from Enrolment e where e.cohortId = :cohort order by e.enrolledAt, e.id",
        hints = {@QueryHint(name = Enrolment.BATCH, value = "e.modules"), @QueryHint(name = Enrolment.BATCH_TYPE, value = "JOIN")})
@NamedQuery(name = Enrolment.OF_LEARNER, query = "select e from Enrolment e where e.learnerId = :learner order by e.enrolledAt",
        hints = {@QueryHint(name = Enrolment.BATCH, value = "e.modules"), @QueryHint(name = Enrolment.BATCH_TYPE, value = "JOIN")})
@NamedQuery(name = Enrolment.ONE, query = "select e from Enrolment e where e.cohortId = :cohort and e.learnerId = :learner")
@NamedQuery(name = Enrolment.MODULES_IN_USE, query = "select distinct m from Enrolment e join e.modules m")
@NamedQuery(name = Enrolment.OF_ORGANISATION, query = "select e from Enrolment e where e.cohortId in"
        + " (select c.id from Cohort c where c.organisationId = :organisation) order by e.enrolledAt, e.id",
        hints = {@QueryHint(name = Enrolment.BATCH, value = "e.modules"), @QueryHint(name = Enrolment.BATCH_TYPE, value = "JOIN")})
@NamedQuery(name = Enrolment.LEARNERS_OF_COHORT, query = "select l from Learner l, Enrolment e where e.cohortId = :cohort"
        + " and l.id = e.learnerId")
@NamedQuery(name = Enrolment.LEARNERS_OF_ORGANISATION, query = "select distinct l from Learner l, Enrolment e, Cohort c"
        + " where c.organisationId = :organisation and e.cohortId = c.id and l.id = e.learnerId")
public class Enrolment {

    /** EclipseLink's batch-reading hints (org.eclipse.persistence.config.QueryHints), by name: no compile dependency. */
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    public static final String OF_COHORT = "Enrolment.ofCohort";
    public static final String OF_LEARNER = "Enrolment.ofLearner";
    public static final String ONE = "Enrolment.one";
    public static final String MODULES_IN_USE = "Enrolment.modulesInUse";
    public static final String OF_ORGANISATION = "Enrolment.ofOrganisation";
    public static final String LEARNERS_OF_COHORT = "Enrolment.learnersOfCohort";
    public static final String LEARNERS_OF_ORGANISATION = "Enrolment.learnersOfOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(nullable = false, length = 60)
    private String audience;

    @Column(name = "track_id", nullable = false, length = 60)
    private String trackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EnrolmentMethod method;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "workshop_done_at")
    private Instant workshopDoneAt;

    @Column(name = "workshop_done_reason", length = 500)
    private String workshopDoneReason;

    @Column(name = "workshop_done_by")
    private Long workshopDoneBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_module", joinColumns = @JoinColumn(name = "enrolment_id"))
    @OrderColumn(name = "module_order")
    @Column(name = "module_id", length = 60)
    private List<String> modules = new ArrayList<>();

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Cohort cohort, long learnerId, List<String> trackModules, EnrolmentMethod method, Instant now) {
        this.cohortId = cohort.id();
        this.learnerId = learnerId;
        this.audience = cohort.audience();
        this.trackId = cohort.trackId();
        this.method = method;
        this.enrolledAt = now;
        this.modules.addAll(trackModules);
    }

    /** A trainer's word that the learner took part in the workshop (on paper, another cohort's), with why. */
    public void workshopDoneByHand(String reason, long accountId, Instant now) {
        this.workshopDoneAt = now;
        this.workshopDoneReason = reason;
        this.workshopDoneBy = accountId;
    }

    public boolean isWorkshopDoneByHand() {
        return workshopDoneAt != null;
    }

    /** The same person under another learner record (a merge): the enrolment moves with them. */
    public void moveTo(long learnerId) {
        this.learnerId = learnerId;
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public long learnerId() {
        return learnerId;
    }

    public String audience() {
        return audience;
    }

    public String trackId() {
        return trackId;
    }

    public EnrolmentMethod method() {
        return method;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public List<String> modules() {
        return List.copyOf(modules);
    }
}
