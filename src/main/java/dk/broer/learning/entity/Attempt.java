package dk.broer.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One answer sheet a signed-in learner sent for a module's knowledge check: which version and
 * language, what they chose, the score and whether it reached the pass mark. Never changed.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.OF_LEARNER, query = "select a from Attempt a where a.learnerId = :learner order by a.attemptedAt")
@NamedQuery(name = Attempt.MOVE, query = "update Attempt a set a.learnerId = :kept where a.learnerId = :duplicate")
public class Attempt {

    public static final String OF_LEARNER = "Attempt.ofLearner";
    public static final String MOVE = "Attempt.move";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 60)
    private String moduleId;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(nullable = false, length = 10)
    private String language;

    /** What was chosen, as "question=1,2;question=3". */
    @Column(nullable = false, length = 4000)
    private String answers;

    @Column(nullable = false)
    private int correct;

    @Column(nullable = false)
    private int total;

    /** Per cent right, rounded down. */
    @Column(nullable = false)
    private int score;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected Attempt() {
        // for JPA
    }

    public Attempt(long learnerId, String moduleId, int moduleVersion, String language, String answers, int correct,
                   int total, int passMark, Instant at) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.language = language;
        this.answers = answers.length() > 4000 ? answers.substring(0, 4000) : answers;
        this.correct = correct;
        this.total = total;
        this.score = total == 0 ? 100 : correct * 100 / total;
        this.passMark = passMark;
        this.passed = total == 0 || correct * 100 >= passMark * total;
        this.attemptedAt = at;
    }

    public boolean passed() {
        return passed;
    }

    public int score() {
        return score;
    }

    public int moduleVersion() {
        return moduleVersion;
    }

    public String moduleId() {
        return moduleId;
    }

    public String language() {
        return language;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
