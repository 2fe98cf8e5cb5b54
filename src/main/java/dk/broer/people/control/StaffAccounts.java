package dk.broer.people.control;

import dk.broer.cohorts.control.Organisations;
import dk.broer.people.entity.AccountLink;
import dk.broer.people.entity.LinkPurpose;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.StaffAccount;
import dk.broer.people.entity.SubjectKind;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff accounts as admins keep them: created with roles and handed a one-time link to set a
 * password; roles changed; deactivated (which ends every session at once). There is always at
 * least one active admin, so nobody can lock the installation out by mistake.
 */
@ApplicationScoped
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLinks links;

    @Inject
    Sessions sessions;

    @Inject
    Passwords passwords;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public record Created(StaffAccount account, AccountLinks.Issued link) {
    }

    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    public Optional<StaffAccount> byUsername(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public List<StaffAccount> all() {
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
    }

    @Transactional
    public Created create(AccountDetails details) {
        check(details, true);
        if (byUsername(details.normalisedUsername()).isPresent()) {
            throw ApiProblem.field(409, FieldError.of("username", "account.username.taken"));
        }
        StaffAccount account = new StaffAccount(details.normalisedUsername(), details.normalisedDisplayName(),
                details.normalisedEmail().orElse(null), details.roleSet(), details.organisationId(), clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            throw ApiProblem.field(409, FieldError.of("username", "account.username.taken"));
        }
        audit.record("staff.create", "staff", account.id(), "roles=" + codes(account.roles())
                + account.organisationId().map(o -> "; organisation=" + o).orElse(""));
        return new Created(account, links.issue(LinkPurpose.INVITE, account.id()));
    }

    @Transactional
    public StaffAccount update(long id, AccountDetails details) {
        StaffAccount account = existing(id);
        check(details, false);
        if (account.holds(Role.ADMIN) && !details.roleSet().contains(Role.ADMIN)) {
            keepAnAdmin(account);
        }
        account.update(details.normalisedDisplayName(), details.normalisedEmail().orElse(null), details.roleSet(),
                details.organisationId());
        sessions.recheck(SubjectKind.STAFF, id);
        audit.record("staff.update", "staff", id, "roles=" + codes(account.roles())
                + account.organisationId().map(o -> "; organisation=" + o).orElse(""));
        return account;
    }

    @Transactional
    public StaffAccount setActive(long id, boolean active) {
        StaffAccount account = existing(id);
        if (active) {
            account.activate();
        } else {
            if (account.holds(Role.ADMIN)) {
                keepAnAdmin(account);
            }
            account.deactivate();
            sessions.endAll(SubjectKind.STAFF, id);
            em.createNamedQuery(AccountLink.VOID_OPEN).setParameter("now", clock.instant())
                    .setParameter("account", id).executeUpdate();
        }
        audit.record(active ? "staff.activate" : "staff.deactivate", "staff", id, null);
        return account;
    }

    /** A new one-time link to set a password (a forgotten one, or an invitation that ran out). */
    @Transactional
    public AccountLinks.Issued passwordLink(long id) {
        StaffAccount account = existing(id);
        if (!account.isActive()) {
            throw ApiProblem.conflict("account.inactive");
        }
        LinkPurpose purpose = account.passwordHash().isPresent() ? LinkPurpose.RESET : LinkPurpose.INVITE;
        audit.record("staff.password-link", "staff", id, "purpose=" + purpose.name().toLowerCase());
        return links.issue(purpose, id);
    }

    /** The person sets their password through a link: every session they had ends. */
    @Transactional
    public StaffAccount setPasswordByLink(String token, String password) {
        AccountLink link = links.open(token);
        if (link.purpose() == LinkPurpose.SETUP) {
            throw ApiProblem.notFound("link.invalid");
        }
        StaffAccount account = existing(link.accountId().orElseThrow());
        if (!account.isActive()) {
            throw ApiProblem.notFound("link.invalid");
        }
        requireGood("password", password, account.username());
        account.setPassword(passwords.hash(password), clock.instant());
        links.use(link);
        sessions.endAll(SubjectKind.STAFF, account.id());
        audit.recordAs(Caller.Kind.STAFF, account.id(), "account.password-set", "staff", account.id(),
                "link=" + link.purpose().name().toLowerCase());
        return account;
    }

    /** The first admin of a fresh installation, made through the setup link from the start-up log. */
    @Transactional
    public StaffAccount setUp(String token, AccountDetails details, String password) {
        AccountLink link = links.open(token);
        if (link.purpose() != LinkPurpose.SETUP) {
            throw ApiProblem.notFound("link.invalid");
        }
        AccountDetails admin = new AccountDetails(details.username(), details.displayName(), details.email(),
                List.of(Role.ADMIN.code()), null);
        List<FieldError> problems = new ArrayList<>(admin.problems(true));
        if (problems.stream().noneMatch(p -> p.field().equals("username"))) {
            PasswordRules.problem("password", password, admin.normalisedUsername()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        if (byUsername(admin.normalisedUsername()).isPresent()) {
            throw ApiProblem.field(409, FieldError.of("username", "account.username.taken"));
        }
        StaffAccount account = new StaffAccount(admin.normalisedUsername(), admin.normalisedDisplayName(),
                admin.normalisedEmail().orElse(null), Set.of(Role.ADMIN), null, clock.instant());
        account.setPassword(passwords.hash(password), clock.instant());
        em.persist(account);
        em.flush();
        links.use(link);
        audit.recordAs(Caller.Kind.STAFF, account.id(), "staff.setup", "staff", account.id(), "roles=admin");
        return account;
    }

    /** "Change my password": the current one first; the caller's other devices are signed out. */
    @Transactional
    public void changePassword(Caller caller, String current, String replacement) {
        StaffAccount account = existing(caller.id());
        if (!passwords.verify(current, account.passwordHash())) {
            throw ApiProblem.invalid(FieldError.of("currentPassword", "password.currentWrong"));
        }
        requireGood("newPassword", replacement, account.username());
        account.setPassword(passwords.hash(replacement), clock.instant());
        sessions.endOthers(caller);
        audit.record("account.password-change", "staff", account.id(), null);
    }

    @Transactional
    public StaffAccount renameSelf(Caller caller, String displayName, String email) {
        StaffAccount account = existing(caller.id());
        AccountDetails details = new AccountDetails(account.username(), displayName, email,
                account.roles().stream().map(Role::code).toList(), account.organisationId().orElse(null));
        List<FieldError> problems = details.problems(false).stream()
                .filter(p -> p.field().equals("displayName") || p.field().equals("email")).toList();
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        account.rename(details.normalisedDisplayName(), details.normalisedEmail().orElse(null));
        audit.record("account.update", "staff", account.id(), null);
        return account;
    }

    public long activeAdminsWithPassword() {
        return em.createNamedQuery(StaffAccount.ACTIVE_ADMINS_WITH_PASSWORD, Long.class).getSingleResult();
    }

    private void check(AccountDetails details, boolean withUsername) {
        List<FieldError> problems = new ArrayList<>(details.problems(withUsername));
        if (details.organisationId() != null && problems.stream().noneMatch(p -> p.field().equals("organisationId"))
                && organisations.findActive(details.organisationId()).isEmpty()) {
            problems.add(FieldError.of("organisationId", "account.organisation.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private static void requireGood(String field, String password, String username) {
        PasswordRules.problem(field, password, username).ifPresent(problem -> {
            throw ApiProblem.invalid(problem);
        });
    }

    private void keepAnAdmin(StaffAccount leaving) {
        boolean another = em.createNamedQuery(StaffAccount.ACTIVE_ADMINS, Long.class).getResultStream()
                .anyMatch(id -> !id.equals(leaving.id()));
        if (!another) {
            throw ApiProblem.conflict("account.lastAdmin");
        }
    }

    private StaffAccount existing(long id) {
        return find(id).orElseThrow(() -> ApiProblem.notFound("account.notFound", id));
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }
}
