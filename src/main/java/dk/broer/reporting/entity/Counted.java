package dk.broer.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "This learner has been counted as reached (or trained), in this cohort and month": so that a person
 * counts once however often they enrol, and a merge of two records of one person can be corrected.
 * Personal data of reporting; it goes with the person, the facts stay.
 */
@Entity
@Table(name = "reach_counted")
@IdClass(Counted.Key.class)
public class Counted {

    @Id
    @Column(name = "learner_id")
    private long learnerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Measure measure;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "period_month", nullable = false)
    private LocalDate month;

    protected Counted() {
    }

    public Counted(long learnerId, Measure measure, long cohortId, LocalDate month) {
        this.learnerId = learnerId;
        this.measure = measure;
        this.cohortId = cohortId;
        this.month = month.withDayOfMonth(1);
    }

    public Measure measure() {
        return measure;
    }

    public long cohortId() {
        return cohortId;
    }

    public LocalDate month() {
        return month;
    }

    public static final class Key implements Serializable {
        private long learnerId;
        private Measure measure;

        public Key() {
        }

        public Key(long learnerId, Measure measure) {
            this.learnerId = learnerId;
            this.measure = measure;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.learnerId == learnerId && k.measure == measure;
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerId, measure);
        }
    }
}
