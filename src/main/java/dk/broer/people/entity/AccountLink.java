package dk.broer.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A one-time link: usable once, until it expires. Its token travels in the URL fragment, so it
 * reaches no access log or Referer; the row holds only the token's keyed hash.
 */
@Entity
@Table(name = "account_link")
@NamedQuery(name = AccountLink.VOID_OPEN, query = "update AccountLink l set l.usedAt = :now "
        + "where l.accountId = :account and l.usedAt is null")
@NamedQuery(name = AccountLink.VOID_OPEN_SETUP, query = "update AccountLink l set l.usedAt = :now "
        + "where l.purpose = dk.broer.people.entity.LinkPurpose.SETUP and l.usedAt is null")
public class AccountLink {

    public static final String VOID_OPEN = "AccountLink.voidOpen";
    public static final String VOID_OPEN_SETUP = "AccountLink.voidOpenSetup";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LinkPurpose purpose;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
        // for JPA
    }

    public AccountLink(String tokenHash, LinkPurpose purpose, Long accountId, Instant now) {
        if ((purpose == LinkPurpose.SETUP) != (accountId == null)) {
            throw new IllegalArgumentException("A setup link creates an account; every other link is for one");
        }
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("A link is used once, before it expires");
        }
        this.usedAt = now;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
