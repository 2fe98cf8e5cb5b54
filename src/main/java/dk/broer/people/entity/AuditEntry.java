package dk.broer.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One staff action that changed data: who (by id), what, on what, when and from where. Written in
 * the transaction of the change and never changed after. People are named by id only, so that
 * erasing a person leaves the log whole and free of their personal data.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor_kind", nullable = false, length = 10)
    private String actorKind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_kind", nullable = false, length = 40)
    private String targetKind;

    @Column(name = "target_id", length = 60)
    private String targetId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actorKind, Long actorId, String action, String targetKind, String targetId,
                      String detail, String clientAddress) {
        this.at = at;
        this.actorKind = actorKind;
        this.actorId = actorId;
        this.action = action;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.clientAddress = clientAddress;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actorKind() {
        return actorKind;
    }

    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    public String action() {
        return action;
    }

    public String targetKind() {
        return targetKind;
    }

    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }
}
