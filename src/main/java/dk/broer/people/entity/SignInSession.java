package dk.broer.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in device. The token is only in the person's cookie; the row holds its keyed hash,
 * so any instance can check it and a database backup signs nobody in. Ends when unused for the
 * idle time, at its absolute expiry, at sign-out, or when the account is deactivated.
 */
@Entity
@Table(name = "sign_in_session")
@NamedQuery(name = SignInSession.OF_SUBJECT, query = "select s from SignInSession s "
        + "where s.subjectKind = :kind and s.subjectId = :id")
@NamedQuery(name = SignInSession.END_ALL, query = "delete from SignInSession s "
        + "where s.subjectKind = :kind and s.subjectId = :id")
@NamedQuery(name = SignInSession.END_OTHERS, query = "delete from SignInSession s "
        + "where s.subjectKind = :kind and s.subjectId = :id and s.tokenHash <> :keep")
@NamedQuery(name = SignInSession.END_EXPIRED, query = "delete from SignInSession s where s.expiresAt < :now")
public class SignInSession {

    public static final String OF_SUBJECT = "SignInSession.ofSubject";
    public static final String END_ALL = "SignInSession.endAll";
    public static final String END_OTHERS = "SignInSession.endOthers";
    public static final String END_EXPIRED = "SignInSession.endExpired";

    /** "Last seen" is written at most this often, so a page view costs no database write. */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "idle_minutes", nullable = false)
    private int idleMinutes;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInSession() {
        // for JPA
    }

    public SignInSession(String tokenHash, SubjectKind kind, long subjectId, Instant now) {
        this.tokenHash = tokenHash;
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.idleMinutes = (int) kind.idle().toMinutes();
        this.expiresAt = now.plus(kind.absolute());
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt) && now.isBefore(idleUntil());
    }

    /** Until when the session lasts if it is not used again. */
    public Instant idleUntil() {
        Instant idle = lastSeenAt.plus(Duration.ofMinutes(idleMinutes));
        return idle.isBefore(expiresAt) ? idle : expiresAt;
    }

    public boolean needsTouch(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_EVERY));
    }

    public void touch(Instant now) {
        this.lastSeenAt = now;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public long subjectId() {
        return subjectId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
