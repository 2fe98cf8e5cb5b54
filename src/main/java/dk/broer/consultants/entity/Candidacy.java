package dk.broer.consultants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's way to certification in one dialogue-consultant cohort: logging, submitted,
 * changes asked for (with the assessor's message, which the candidate sees), approved. It knows
 * its transitions; whether the requirements are met is the rule engine's (Requirements).
 */
@Entity
@Table(name = "candidacy")
@jakarta.persistence.NamedQuery(name = Candidacy.OF_LEARNER, query = "select c from Candidacy c where c.learnerId = :learner order by c.id")
@jakarta.persistence.NamedQuery(name = Candidacy.ALL, query = "select c from Candidacy c order by c.id")
public class Candidacy {

    public static final int MESSAGE_MAX = 2000;
    public static final String OF_LEARNER = "Candidacy.ofLearner";
    public static final String ALL = "Candidacy.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidacyStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The assessor's latest request for changes, shown to the candidate. */
    @Column(name = "change_message", length = MESSAGE_MAX)
    private String changeMessage;

    @Column(name = "assessor_id")
    private Long assessorId;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "renewal_submitted_at")
    private Instant renewalSubmittedAt;

    protected Candidacy() {
        // for JPA
    }

    public Candidacy(long enrolmentId, long learnerId) {
        this.enrolmentId = enrolmentId;
        this.learnerId = learnerId;
        this.status = CandidacyStatus.LOGGING;
    }

    /** The candidate asks for assessment; again after changes were asked for. */
    public void submit(Instant at) {
        require(status == CandidacyStatus.LOGGING || status == CandidacyStatus.CHANGES_REQUESTED, "submit");
        status = CandidacyStatus.SUBMITTED;
        submittedAt = at;
    }

    public void askForChanges(long assessor, String message) {
        require(status == CandidacyStatus.SUBMITTED, "ask for changes");
        status = CandidacyStatus.CHANGES_REQUESTED;
        changeMessage = Objects.requireNonNull(message);
        assessorId = assessor;
    }

    public void approve(long assessor, Instant at) {
        require(status == CandidacyStatus.SUBMITTED, "approve");
        status = CandidacyStatus.APPROVED;
        assessorId = assessor;
        approvedAt = at;
    }

    /** A certified consultant asks for renewal (the window and the requirements are checked by the caller). */
    public void submitRenewal(Instant at) {
        require(status == CandidacyStatus.APPROVED && renewalSubmittedAt == null, "submit a renewal for");
        renewalSubmittedAt = at;
    }

    public void renewed() {
        require(renewalSubmittedAt != null, "renew");
        renewalSubmittedAt = null;
    }

    public Optional<Instant> renewalSubmittedAt() {
        return Optional.ofNullable(renewalSubmittedAt);
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("Cannot " + what + " a candidacy that is " + status.code());
        }
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

    public CandidacyStatus status() {
        return status;
    }

    public Optional<String> changeMessage() {
        return Optional.ofNullable(changeMessage);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<Long> assessorId() {
        return Optional.ofNullable(assessorId);
    }
}
