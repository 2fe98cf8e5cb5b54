package dk.broer.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One failed guess (a wrong password, an unknown link or code) in a throttling scope. */
@Entity
@Table(name = "failed_attempt")
@NamedQuery(name = FailedAttempt.SINCE, query = "select count(f), min(f.attemptedAt) from FailedAttempt f "
        + "where f.scope = :scope and f.attemptedAt > :since")
@NamedQuery(name = FailedAttempt.FORGET_BEFORE, query = "delete from FailedAttempt f where f.attemptedAt < :before")
@NamedQuery(name = FailedAttempt.FORGET_SCOPE, query = "delete from FailedAttempt f where f.scope = :scope")
public class FailedAttempt {

    public static final String SINCE = "FailedAttempt.since";
    public static final String FORGET_BEFORE = "FailedAttempt.forgetBefore";
    public static final String FORGET_SCOPE = "FailedAttempt.forgetScope";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String scope;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected FailedAttempt() {
        // for JPA
    }

    public FailedAttempt(String scope, Instant attemptedAt) {
        this.scope = scope;
        this.attemptedAt = attemptedAt;
    }
}
