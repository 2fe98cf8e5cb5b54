package dk.broer.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner and one module: opened, tried, passed. Passing is for good: a later failed attempt or
 * a new version of the module does not undo it, and it records the version, score and language it
 * was passed in. A trainer may mark it passed by hand, with a reason.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(name = ModuleProgress.OF_LEARNER, query = "select p from ModuleProgress p where p.learnerId = :learner")
@NamedQuery(name = ModuleProgress.OF_COHORT, query = "select p from ModuleProgress p, Enrolment e where e.cohortId = :cohort"
        + " and p.learnerId = e.learnerId")
@NamedQuery(name = ModuleProgress.OF_ORGANISATION, query = "select distinct p from ModuleProgress p, Enrolment e, Cohort c"
        + " where c.organisationId = :organisation and e.cohortId = c.id and p.learnerId = e.learnerId")
@NamedQuery(name = ModuleProgress.ONE, query = "select p from ModuleProgress p where p.learnerId = :learner and p.moduleId = :module")
public class ModuleProgress {

    public static final String OF_LEARNER = "ModuleProgress.ofLearner";
    public static final String OF_COHORT = "ModuleProgress.ofCohort";
    public static final String OF_ORGANISATION = "ModuleProgress.ofOrganisation";
    public static final String ONE = "ModuleProgress.one";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 60)
    private String moduleId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "passed_at")
    private Instant passedAt;

    @Column(name = "passed_version")
    private Integer passedVersion;

    @Column(name = "passed_score")
    private Integer passedScore;

    @Column(name = "passed_language", length = 10)
    private String passedLanguage;

    @Column(name = "by_hand_reason", length = 500)
    private String byHandReason;

    @Column(name = "by_hand_account")
    private Long byHandAccount;

    protected ModuleProgress() {
        // for JPA
    }

    public ModuleProgress(long learnerId, String moduleId, Instant now) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    public void opened(Instant now) {
        lastActivityAt = now;
    }

    /** Counts an attempt; true when this one passed the module for the first time. */
    public boolean attempted(Attempt attempt) {
        lastActivityAt = attempt.attemptedAt();
        if (isPassed()) {
            return false;
        }
        if (!attempt.passed()) {
            failedAttempts++;
            return false;
        }
        pass(attempt.attemptedAt(), attempt.moduleVersion(), attempt.score(), attempt.language());
        return true;
    }

    /** A trainer's word for it (done on paper): passed at the module's current version, with why. */
    public boolean passedByHand(String reason, long accountId, int version, Instant now) {
        lastActivityAt = now;
        if (isPassed()) {
            return false;
        }
        byHandReason = reason;
        byHandAccount = accountId;
        pass(now, version, null, null);
        return true;
    }

    private void pass(Instant at, int version, Integer score, String language) {
        passedAt = at;
        passedVersion = version;
        passedScore = score;
        passedLanguage = language;
    }

    /** Takes the duplicate's progress into this one, when two learner records are one person. */
    public void absorb(ModuleProgress duplicate) {
        failedAttempts += duplicate.failedAttempts;
        if (duplicate.startedAt.isBefore(startedAt)) {
            startedAt = duplicate.startedAt;
        }
        if (duplicate.lastActivityAt.isAfter(lastActivityAt)) {
            lastActivityAt = duplicate.lastActivityAt;
        }
        if (duplicate.isPassed() && (!isPassed() || duplicate.passedAt.isBefore(passedAt))) {
            pass(duplicate.passedAt, duplicate.passedVersion, duplicate.passedScore, duplicate.passedLanguage);
            byHandReason = duplicate.byHandReason;
            byHandAccount = duplicate.byHandAccount;
        }
    }

    public void moveTo(long learnerId) {
        this.learnerId = learnerId;
    }

    public ModuleState state() {
        if (isPassed()) {
            return ModuleState.PASSED;
        }
        return failedAttempts > 0 ? ModuleState.FAILED : ModuleState.STARTED;
    }

    public boolean isPassed() {
        return passedAt != null;
    }

    public long learnerId() {
        return learnerId;
    }

    public String moduleId() {
        return moduleId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> passedAt() {
        return Optional.ofNullable(passedAt);
    }

    public Optional<Integer> passedVersion() {
        return Optional.ofNullable(passedVersion);
    }

    public Optional<Integer> passedScore() {
        return Optional.ofNullable(passedScore);
    }

    public Optional<String> byHandReason() {
        return Optional.ofNullable(byHandReason);
    }
}
