package dk.broer.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person taking courses: a bus driver, a doorman, a hotel receptionist. No e-mail and no
 * password: the name they want on their certificate (exactly as typed, in any script), optionally
 * a phone or employee number, and one personal resume code that signs them in on any device.
 * Only the code's keyed hash is stored; a new code voids the old one.
 */
@Entity
@Table(name = "learner")
@NamedQuery(name = Learner.BY_RESUME_CODE, query = "select l from Learner l where l.resumeCodeHash = :hash")
@NamedQuery(name = Learner.COUNT, query = "select count(l) from Learner l")
@NamedQuery(name = Learner.BY_EMPLOYEE_NUMBER, query = "select l from Learner l where l.organisationId = :organisation "
        + "and l.employeeNumber = :number order by l.id")
public class Learner {

    public static final String BY_RESUME_CODE = "Learner.byResumeCode";
    public static final String COUNT = "Learner.count";
    public static final String BY_EMPLOYEE_NUMBER = "Learner.byEmployeeNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 30)
    private String phone;

    @Column(name = "employee_number", length = 40)
    private String employeeNumber;

    @Column(name = "resume_code_hash", nullable = false, length = 64)
    private String resumeCodeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The employer: the organisation of the first cohort the learner came into. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** When a device was last signed in as this learner (joining or resume code); null: never. */
    @Column(name = "signed_in_at")
    private Instant signedInAt;

    protected Learner() {
        // for JPA
    }

    public Learner(String name, String phone, String employeeNumber, String resumeCodeHash, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.phone = phone;
        this.employeeNumber = employeeNumber;
        this.resumeCodeHash = Objects.requireNonNull(resumeCodeHash);
        this.createdAt = now;
    }

    /** The spelling they confirmed for their certificate (already tidied and checked). */
    public void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** A new resume code: the old one stops working at once. */
    public void replaceResumeCode(String hash) {
        this.resumeCodeHash = Objects.requireNonNull(hash);
    }

    /** The first employer sticks: a later cohort of another organisation does not move the person. */
    public void employedBy(long organisationId) {
        if (this.organisationId == null) {
            this.organisationId = organisationId;
        }
    }

    public void signedIn(Instant now) {
        this.signedInAt = now;
    }

    /** Fills what this record lacks from a duplicate of the same person being merged into it. */
    public void absorb(Learner duplicate) {
        if (phone == null) {
            phone = duplicate.phone;
        }
        if (employeeNumber == null) {
            employeeNumber = duplicate.employeeNumber;
        }
        if (organisationId == null) {
            organisationId = duplicate.organisationId;
        }
        if (signedInAt == null || duplicate.signedInAt != null && duplicate.signedInAt.isAfter(signedInAt)) {
            signedInAt = duplicate.signedInAt;
        }
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Optional<Instant> signedInAt() {
        return Optional.ofNullable(signedInAt);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> employeeNumber() {
        return Optional.ofNullable(employeeNumber);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
