package dk.broer.people.control;

import dk.broer.cohorts.control.Organisations;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Demo staff, one for every role, all invented, all with the password in README.md. Demo mode
 * only: a production installation starts with no account and no password at all.
 */
@ApplicationScoped
public class PeopleDemoData {

    public static final String PASSWORD = "broer-demo-2026";
    /** After the demo organisations (a contact works for one), before the cohorts (trainers train them). */
    public static final int ORDER = 20;

    record DemoAccount(String username, String displayName, Set<Role> roles, String organisation) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Ida Lindqvist", Set.of(Role.ADMIN), null),
            new DemoAccount("coordinator", "Freja Poulsen", Set.of(Role.COORDINATOR), null),
            new DemoAccount("trainer", "Yusuf Demir", Set.of(Role.TRAINER), null),
            new DemoAccount("trainer2", "Mai Nguyen", Set.of(Role.TRAINER), null),
            new DemoAccount("assessor", "Hamza Abdi Warsame", Set.of(Role.ASSESSOR), null),
            new DemoAccount("contact", "Ole Bjerre", Set.of(Role.ORGANISATION_CONTACT), "Fjordlinjen Bus A/S"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Organisations organisations;

    @Transactional
    void add(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        // One PBKDF2 hash serves every demo account: they share the documented password anyway,
        // and hashing six times would add seconds to every fresh start.
        String hash = passwords.hash(PASSWORD);
        Instant now = Instant.now();
        for (DemoAccount demo : ACCOUNTS) {
            Long organisation = demo.organisation() == null ? null : organisations.all(false).stream()
                    .filter(o -> o.name().equals(demo.organisation())).map(Organisation::id).findFirst().orElseThrow();
            StaffAccount account = new StaffAccount(demo.username(), demo.displayName(), null, demo.roles(),
                    organisation, now);
            account.setPassword(hash, now);
            em.persist(account);
        }
    }
}
