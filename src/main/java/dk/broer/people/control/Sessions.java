package dk.broer.people.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.broer.people.entity.SignInSession;
import dk.broer.people.entity.SubjectKind;
import dk.broer.platform.control.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in sessions for staff and learners alike: a random token in the person's cookie, its
 * keyed hash in the database. How the person proved who they are (a password, a resume code,
 * later OpenID Connect) is not this class's business: it starts a session for a subject.
 * <p>
 * A check is remembered for {@link #CHECK_CACHE} so that a page view costs no database read;
 * an ended session (sign-out, deactivation) is therefore refused by every instance within that
 * time, and at once by the instance that ended it.
 */
@ApplicationScoped
public class Sessions {

    static final Duration CHECK_CACHE = Duration.ofSeconds(5);

    @Inject
    SessionStore store;

    @Inject
    Tokens tokens;

    Clock clock = Clock.systemUTC();

    private final Cache<String, Optional<Caller>> checks = Caffeine.newBuilder()
            .expireAfterWrite(CHECK_CACHE).maximumSize(100_000).build();

    /** A started session: the token goes into the cookie and nowhere else. */
    public record Started(String token, SubjectKind kind, Instant expiresAt) {
    }

    public Started start(SubjectKind kind, long subjectId) {
        String token = Tokens.newToken();
        SignInSession session = store.create(tokens.hash(token), kind, subjectId, clock.instant());
        return new Started(token, kind, session.expiresAt());
    }

    public Optional<Caller> check(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = tokens.hash(token);
        return checks.get(hash, key -> store.caller(key, clock.instant()));
    }

    public Optional<SignInSession> describe(Caller caller) {
        return caller.sessionHash() == null ? Optional.empty() : store.find(caller.sessionHash());
    }

    public void end(Caller caller) {
        if (caller.sessionHash() != null) {
            store.end(caller.sessionHash());
            checks.invalidate(caller.sessionHash());
        }
    }

    /** Ends every session of a person, e.g. when the account is deactivated or the password reset. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAll(SubjectKind kind, long subjectId) {
        store.endAll(kind, subjectId);
        forget(kind, subjectId, null);
    }

    /** Ends every other session of the caller's person (after "change my password"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endOthers(Caller caller) {
        SubjectKind kind = caller.subjectKind().orElseThrow();
        store.endOthers(kind, caller.id(), caller.sessionHash());
        forget(kind, caller.id(), caller.sessionHash());
    }

    /** A person's roles changed: this instance checks their sessions afresh now; others within seconds. */
    public void recheck(SubjectKind kind, long subjectId) {
        forget(kind, subjectId, null);
    }

    private void forget(SubjectKind kind, long subjectId, String keepHash) {
        Caller.Kind callerKind = kind == SubjectKind.STAFF ? Caller.Kind.STAFF : Caller.Kind.LEARNER;
        checks.asMap().entrySet().removeIf(e -> !e.getKey().equals(keepHash)
                && e.getValue().filter(c -> c.is(callerKind, subjectId)).isPresent());
    }
}
