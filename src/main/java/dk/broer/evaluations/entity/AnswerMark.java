package dk.broer.evaluations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * "This enrolment has answered this occasion", so that each answers once. It has no time and no
 * id of its own, and goes when the occasion's answers are released.
 */
@Entity
@Table(name = "evaluation_mark")
@IdClass(AnswerMark.Key.class)
@NamedQuery(name = AnswerMark.FORGET, query = "delete from AnswerMark m where m.occasionId = :occasion")
public class AnswerMark {

    public static final String FORGET = "AnswerMark.forget";

    @Id
    @Column(name = "occasion_id")
    private long occasionId;

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    protected AnswerMark() {
    }

    public AnswerMark(long occasionId, long enrolmentId) {
        this.occasionId = occasionId;
        this.enrolmentId = enrolmentId;
    }

    public static final class Key implements Serializable {
        private long occasionId;
        private long enrolmentId;

        public Key() {
        }

        public Key(long occasionId, long enrolmentId) {
            this.occasionId = occasionId;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.occasionId == occasionId && k.enrolmentId == enrolmentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(occasionId, enrolmentId);
        }
    }
}
