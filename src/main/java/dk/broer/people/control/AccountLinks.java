package dk.broer.people.control;

import dk.broer.people.entity.AccountLink;
import dk.broer.people.entity.LinkPurpose;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import dk.broer.platform.control.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links (setup, invitation, reset). A new link for an account voids the account's
 * earlier unused ones. Guessing is hopeless (256-bit tokens) and throttled anyway: 20 unknown or
 * spent links per address in 15 minutes.
 */
@ApplicationScoped
public class AccountLinks {

    static final ThrottleRule GUESSES = new ThrottleRule("link:address", 20, Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    BaseUrl baseUrl;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    Clock clock = Clock.systemUTC();

    /** A link as shown once to whoever hands it over; the token is in the fragment. */
    public record Issued(String url, Instant expiresAt, LinkPurpose purpose) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(LinkPurpose purpose, Long accountId) {
        Instant now = clock.instant();
        if (purpose == LinkPurpose.SETUP) {
            em.createNamedQuery(AccountLink.VOID_OPEN_SETUP).setParameter("now", now).executeUpdate();
        } else {
            em.createNamedQuery(AccountLink.VOID_OPEN).setParameter("now", now).setParameter("account", accountId)
                    .executeUpdate();
        }
        String token = Tokens.newToken();
        AccountLink link = new AccountLink(tokens.hash(token), purpose, accountId, now);
        em.persist(link);
        String page = purpose == LinkPurpose.SETUP ? "setup.html" : "password.html";
        return new Issued(baseUrl.link(page + "#" + token), link.expiresAt(), purpose);
    }

    /** An open link, locked for this transaction; an unknown, spent or expired one counts as a failed guess. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountLink open(String token) {
        Throttle.Key key = new Throttle.Key(GUESSES, address.value());
        throttle.check(key);
        Optional<AccountLink> link = token == null || token.length() > 100 ? Optional.empty()
                : Optional.ofNullable(em.find(AccountLink.class, tokens.hash(token.strip()), LockModeType.PESSIMISTIC_WRITE));
        if (link.isEmpty() || !link.get().isUsableAt(clock.instant())) {
            throttle.fail(key);
            throw ApiProblem.notFound("link.invalid");
        }
        return link.get();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void use(AccountLink link) {
        link.use(clock.instant());
    }
}
