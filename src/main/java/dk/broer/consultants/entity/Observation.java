package dk.broer.consultants.entity;

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
 * An assessor's observation of a candidate facilitating a dialogue, scored per criterion of the
 * track's rubric with a short note each (kept as JSON objects criterion → level / note). The
 * notes are the assessor's: the candidate and the assessors see them, the cohort's trainers don't.
 */
@Entity
@Table(name = "observation")
@NamedQuery(name = Observation.LATEST, query = "select o from Observation o where o.learnerId = :learner order by o.recordedAt desc, o.id desc")
public class Observation {

    public static final String LATEST = "Observation.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(nullable = false, length = 2000)
    private String scores;

    @Column(nullable = false, length = 8000)
    private String notes;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Observation() {
        // for JPA
    }

    public Observation(long learnerId, long assessorId, LocalDate observedOn, String scores, String notes, boolean passed,
                       Instant at) {
        this.learnerId = learnerId;
        this.assessorId = assessorId;
        this.observedOn = observedOn;
        this.scores = scores;
        this.notes = notes;
        this.passed = passed;
        this.recordedAt = at;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    public String scores() {
        return scores;
    }

    public String notes() {
        return notes;
    }

    public boolean passed() {
        return passed;
    }
}
