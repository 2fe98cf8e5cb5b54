package dk.broer.platform.control;

import dk.broer.platform.entity.FailedAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Slows guessing down. Failures are counted in the database, so a limit holds across every
 * instance; a scope over its limit is refused before any secret is checked (429 with
 * Retry-After), whether or not the account or code it guesses at exists.
 */
@ApplicationScoped
public class Throttle {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A subject of a rule: e.g. the sign-in rule for the address 10.0.0.7. */
    public record Key(ThrottleRule rule, String subject) {
        String scope() {
            return rule.scope(subject);
        }
    }

    /** Refuses with 429 when any of the keys has used up its failures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(Key... keys) {
        Instant now = clock.instant();
        for (Key key : keys) {
            Object[] row = em.createNamedQuery(FailedAttempt.SINCE, Object[].class)
                    .setParameter("scope", key.scope())
                    .setParameter("since", key.rule().windowStart(now))
                    .getSingleResult();
            long failures = ((Number) row[0]).longValue();
            long retryAfter = key.rule().retryAfterSeconds(failures, (Instant) row[1], now);
            if (retryAfter > 0) {
                throw ApiProblem.throttled(retryAfter);
            }
        }
    }

    /** Records a failure for every key, in its own transaction: it must count even though the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(Key... keys) {
        Instant now = clock.instant();
        for (Key key : keys) {
            em.persist(new FailedAttempt(key.scope(), now));
        }
    }

    /** A success clears the subject's failures (a person who finally typed the password right). */
    @Transactional
    public void forget(Key key) {
        em.createNamedQuery(FailedAttempt.FORGET_SCOPE).setParameter("scope", key.scope()).executeUpdate();
    }

    /** Failures older than any window count for nothing; the retention run forgets them (ThrottleProcessing). */
    @Transactional
    public int forgetBefore(java.time.Instant before) {
        return em.createNamedQuery(FailedAttempt.FORGET_BEFORE).setParameter("before", before).executeUpdate();
    }
}
