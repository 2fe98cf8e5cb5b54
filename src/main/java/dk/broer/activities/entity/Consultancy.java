package dk.broer.activities.entity;

import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
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
 * Advice the programme gave a workplace, an association or a person: when, to whom (described, not
 * named: "the staff of a café on Nørrebro"), where, and how many received it, which is how many
 * answers its evaluation link takes.
 */
@Entity
@Table(name = "consultancy")
@NamedQuery(name = Consultancy.ALL, query = "select c from Consultancy c order by c.givenOn desc, c.id desc")
public class Consultancy {

    public static final String ALL = "Consultancy.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(name = "district_code", nullable = false, length = 40)
    private String districtCode;

    @Column(nullable = false)
    private int people;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Consultancy() {
    }

    public Consultancy(LocalDate givenOn, String recipient, String districtCode, int people, long createdBy, Instant now) {
        this.givenOn = givenOn;
        this.recipient = recipient;
        this.districtCode = districtCode;
        this.people = people;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Occasion.Subject subject() {
        return new Occasion.Subject(OccasionKind.CONSULTANCY, id, null, recipient, districtCode, givenOn);
    }

    public Long id() {
        return id;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String recipient() {
        return recipient;
    }

    public String districtCode() {
        return districtCode;
    }

    public int people() {
        return people;
    }
}
