package dk.broer.evaluations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** "Paper form number N of this occasion has been typed in", so that each form counts once. */
@Entity
@Table(name = "evaluation_paper_form")
@IdClass(PaperForm.Key.class)
@NamedQuery(name = PaperForm.OF_OCCASION, query = "select p.formNumber from PaperForm p where p.occasionId = :occasion order by p.formNumber")
public class PaperForm {

    public static final String OF_OCCASION = "PaperForm.ofOccasion";
    /** The numbers printed on the forms. */
    public static final int MAX_NUMBER = 9999;

    @Id
    @Column(name = "occasion_id")
    private long occasionId;

    @Id
    @Column(name = "form_number")
    private int formNumber;

    protected PaperForm() {
    }

    public PaperForm(long occasionId, int formNumber) {
        this.occasionId = occasionId;
        this.formNumber = formNumber;
    }

    public static final class Key implements Serializable {
        private long occasionId;
        private int formNumber;

        public Key() {
        }

        public Key(long occasionId, int formNumber) {
            this.occasionId = occasionId;
            this.formNumber = formNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.occasionId == occasionId && k.formNumber == formNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(occasionId, formNumber);
        }
    }
}
