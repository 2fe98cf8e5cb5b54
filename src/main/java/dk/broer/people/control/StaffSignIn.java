package dk.broer.people.control;

import dk.broer.people.entity.StaffAccount;
import dk.broer.people.entity.SubjectKind;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import dk.broer.platform.control.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff sign-in with username and password. Guessing is slowed per account and per address
 * (failures counted in the database, so across instances), and tells nothing: an unknown
 * username, an inactive account and a wrong password get the same answer after the same PBKDF2
 * work.
 */
@ApplicationScoped
public class StaffSignIn {

    /** 10 wrong passwords for one username in 15 minutes, then wait: ~1,000 guesses a day at most. */
    public static final ThrottleRule PER_ACCOUNT = new ThrottleRule("sign-in:account", 10, Duration.ofMinutes(15));
    /** 50 wrong passwords from one address in 15 minutes, whatever the usernames. */
    public static final ThrottleRule PER_ADDRESS = new ThrottleRule("sign-in:address", 50, Duration.ofMinutes(15));

    @Inject
    StaffAccounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    @Inject
    Tokens tokens;

    @Inject
    AuditLog audit;

    @Transactional
    public Sessions.Started signIn(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // Throttled by a keyed hash of the name: no username typed by a stranger is stored.
        Throttle.Key perAccount = new Throttle.Key(PER_ACCOUNT, tokens.hash("username:" + name));
        Throttle.Key perAddress = new Throttle.Key(PER_ADDRESS, address.value());
        throttle.check(perAccount, perAddress);
        Optional<StaffAccount> account = name.isEmpty() || name.length() > 60 ? Optional.empty()
                : accounts.byUsername(name).filter(StaffAccount::canSignIn);
        if (!passwords.verify(password, account.flatMap(StaffAccount::passwordHash))) {
            throttle.fail(perAccount, perAddress);
            throw ApiProblem.of(401, "signIn.failed").titled("signIn.failedTitle");
        }
        throttle.forget(perAccount);
        long id = account.orElseThrow().id();
        audit.recordAs(Caller.Kind.STAFF, id, "session.sign-in", "staff", id, null);
        return sessions.start(SubjectKind.STAFF, id);
    }
}
