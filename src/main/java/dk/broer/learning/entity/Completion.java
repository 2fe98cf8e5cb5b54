package dk.broer.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolment's track completed: at the moment its rules were met, with the module versions the
 * learner passed. At most one per enrolment (the database says so too). Certificates are made
 * from it; a new version of a module later changes nothing here.
 */
@Entity
@Table(name = "completion")
@NamedQuery(name = Completion.OF_ENROLMENTS, query = "select c from Completion c where c.enrolmentId in :enrolments")
@NamedQuery(name = Completion.OF_LEARNER, query = "select c from Completion c where c.learnerId = :learner")
@NamedQuery(name = Completion.OF_COHORT, query = "select c from Completion c where c.cohortId = :cohort")
@NamedQuery(name = Completion.OF_ORGANISATION, query = "select c from Completion c, Cohort h where h.organisationId = :organisation"
        + " and c.cohortId = h.id")
public class Completion {

    public static final String OF_ENROLMENTS = "Completion.ofEnrolments";
    public static final String OF_LEARNER = "Completion.ofLearner";
    public static final String OF_COHORT = "Completion.ofCohort";
    public static final String OF_ORGANISATION = "Completion.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "track_id", nullable = false, length = 60)
    private String trackId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    /** "module@version" for each module of the track, comma-separated. */
    @Column(name = "module_versions", nullable = false, length = 2000)
    private String moduleVersions;

    protected Completion() {
        // for JPA
    }

    public Completion(long enrolmentId, long learnerId, long cohortId, String trackId, String moduleVersions, Instant at) {
        this.enrolmentId = enrolmentId;
        this.learnerId = learnerId;
        this.cohortId = cohortId;
        this.trackId = trackId;
        this.moduleVersions = moduleVersions;
        this.completedAt = at;
    }

    /** The day the track's follow-up module opens (Copenhagen's calendar day of completion + 30). */
    public LocalDate followUpOpensOn(java.time.ZoneId zone, int days) {
        return completedAt.atZone(zone).toLocalDate().plusDays(days);
    }

    public void moveTo(long learnerId, long enrolmentId) {
        this.learnerId = learnerId;
        this.enrolmentId = enrolmentId;
    }

    public Long id() {
        return id;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long learnerId() {
        return learnerId;
    }

    public long cohortId() {
        return cohortId;
    }

    public String trackId() {
        return trackId;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String moduleVersions() {
        return moduleVersions;
    }
}
