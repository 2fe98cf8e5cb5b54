package dk.broer.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member of staff: trainer, coordinator, assessor, admin or an employer's organisation contact.
 * Signs in with a username and a password they set themselves through a one-time link; no e-mail
 * is needed. An inactive account cannot sign in and has no sessions.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select a from StaffAccount a where a.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "select a from StaffAccount a order by a.displayName, a.id")
@NamedQuery(name = StaffAccount.COUNT, query = "select count(a) from StaffAccount a")
@NamedQuery(name = StaffAccount.ACTIVE_ADMINS, query = "select a.id from StaffAccount a join a.roles r "
        + "where a.active = true and r = dk.broer.people.entity.Role.ADMIN")
@NamedQuery(name = StaffAccount.ACTIVE_ADMINS_WITH_PASSWORD, query = "select count(a) from StaffAccount a join a.roles r "
        + "where a.active = true and a.passwordHash is not null and r = dk.broer.people.entity.Role.ADMIN")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String ALL = "StaffAccount.all";
    public static final String COUNT = "StaffAccount.count";
    public static final String ACTIVE_ADMINS = "StaffAccount.activeAdmins";
    public static final String ACTIVE_ADMINS_WITH_PASSWORD = "StaffAccount.activeAdminsWithPassword";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Column(length = 200)
    private String email;

    /** PBKDF2 (algorithm, iterations, salt and hash in one string); null until the person sets one. */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    /** For an organisation contact: the one organisation whose staff they may see. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, String email, Set<Role> roles, Long organisationId, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.createdAt = now;
        update(displayName, email, roles, organisationId);
    }

    /** The details an admin keeps; the caller has checked them (see AccountDetails). */
    public final void update(String displayName, String email, Set<Role> roles, Long organisationId) {
        if (roles.isEmpty() || roles.contains(Role.LEARNER)) {
            throw new IllegalArgumentException("A staff account holds one or more staff roles");
        }
        if (roles.contains(Role.ORGANISATION_CONTACT) != (organisationId != null)) {
            throw new IllegalArgumentException("An organisation contact, and only one, is tied to an organisation");
        }
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.organisationId = organisationId;
    }

    public void rename(String displayName, String email) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
    }

    public void setPassword(String hash, Instant now) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.passwordChangedAt = now;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** May this account sign in with a password at all? */
    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> passwordChangedAt() {
        return Optional.ofNullable(passwordChangedAt);
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }
}
