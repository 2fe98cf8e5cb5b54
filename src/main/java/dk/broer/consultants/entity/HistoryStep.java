package dk.broer.consultants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step in a consultant's history — logged, submitted, changes asked for, observed, approved,
 * renewed, revoked — shown to the person and to the assessors. What an assessor noted about an
 * observation stays in the observation, not here (trainers see the history's steps, not notes).
 */
@Entity
@Table(name = "consultant_history")
@NamedQuery(name = HistoryStep.OF_LEARNER, query = "select h from HistoryStep h where h.learnerId = :learner order by h.at, h.id")
public class HistoryStep {

    public static final String OF_LEARNER = "HistoryStep.ofLearner";

    public enum Kind { LOGGED, SUBMITTED, CHANGES_REQUESTED, OBSERVED, APPROVED, RENEWAL_SUBMITTED, RENEWED, REVOKED, RECORDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(nullable = false, length = 30)
    private String kind;

    // "at" is a reserved word in Derby's SQL.
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    /** The staff account that took the step; null when the candidate did. */
    @Column(name = "by_account")
    private Long byAccount;

    /** What the person may read about the step (e.g. the change asked for); never an internal reason. */
    @Column(length = 2000)
    private String shown;

    protected HistoryStep() {
        // for JPA
    }

    public HistoryStep(long learnerId, Kind kind, Instant at, Long byAccount, String shown) {
        this.learnerId = learnerId;
        this.kind = kind.name();
        this.at = at;
        this.byAccount = byAccount;
        this.shown = shown;
    }

    public long learnerId() {
        return learnerId;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public Instant at() {
        return at;
    }

    public java.util.Optional<Long> byAccount() {
        return java.util.Optional.ofNullable(byAccount);
    }

    public java.util.Optional<String> shown() {
        return java.util.Optional.ofNullable(shown);
    }
}
