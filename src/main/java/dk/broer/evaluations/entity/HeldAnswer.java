package dk.broer.evaluations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An answer waiting for its occasion to close: sealed, so that it is unreadable where it sits beside its mark. */
@Entity
@Table(name = "evaluation_held")
@NamedQuery(name = HeldAnswer.OF_OCCASION, query = "select h from HeldAnswer h where h.occasionId = :occasion")
@NamedQuery(name = HeldAnswer.FORGET, query = "delete from HeldAnswer h where h.occasionId = :occasion")
public class HeldAnswer {

    public static final String OF_OCCASION = "HeldAnswer.ofOccasion";
    public static final String FORGET = "HeldAnswer.forget";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "occasion_id", nullable = false)
    private long occasionId;

    @Column(name = "key_id", nullable = false, length = 40)
    private String keyId;

    @Column(nullable = false, length = 24)
    private String iv;

    @Column(nullable = false, length = 6000)
    private String sealed;

    protected HeldAnswer() {
    }

    public HeldAnswer(String id, long occasionId, String keyId, String iv, String sealed) {
        this.id = id;
        this.occasionId = occasionId;
        this.keyId = keyId;
        this.iv = iv;
        this.sealed = sealed;
    }

    public long occasionId() {
        return occasionId;
    }

    public String keyId() {
        return keyId;
    }

    public String iv() {
        return iv;
    }

    public String sealed() {
        return sealed;
    }
}
