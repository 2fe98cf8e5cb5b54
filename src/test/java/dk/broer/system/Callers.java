package dk.broer.system;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One signed-in client per kind of caller in the authorisation table, signed in once for the
 * whole suite. Learners come with the cohort issue; until then their columns are not called.
 */
final class Callers {

    private static final Map<String, String> DEMO_ACCOUNTS = Map.of(
            "cohort-trainer", "trainer",
            "other-trainer", "trainer2",
            "coordinator", "coordinator",
            "assessor", "assessor",
            "admin", "admin",
            "org-contact", "contact");
    /** The roles to give a fresh account standing in for a kind of caller. */
    static final Map<String, String> ROLES = Map.of(
            "cohort-trainer", "trainer",
            "other-trainer", "trainer",
            "coordinator", "coordinator",
            "assessor", "assessor",
            "admin", "admin",
            "org-contact", "organisation-contact");

    private static final Map<String, Http> SIGNED_IN = new ConcurrentHashMap<>();

    private Callers() {
    }

    /** The shared client for a kind, or empty for a kind that has no fixture yet. */
    static Optional<Http> of(String kind) {
        if (kind.equals("anonymous")) {
            return Optional.of(Broer.anonymous());
        }
        String username = DEMO_ACCOUNTS.get(kind);
        return username == null ? Optional.empty()
                : Optional.of(SIGNED_IN.computeIfAbsent(kind, k -> Broer.demo(username)));
    }

    /** A fresh account of this kind, for calls that change the caller's own account or session. */
    static Optional<Http> fresh(String kind) {
        if (kind.equals("anonymous")) {
            return Optional.of(Broer.anonymous());
        }
        String roles = ROLES.get(kind);
        if (roles == null) {
            return Optional.empty();
        }
        Http admin = of("admin").orElseThrow();
        Staff.Created created = roles.equals("organisation-contact")
                ? Staff.create(admin, Fixtures.busCompany(), roles) : Staff.create(admin, roles);
        Staff.setPassword(created.token(), Staff.PASSWORD);
        return Optional.of(Broer.signedIn(created.username(), Staff.PASSWORD));
    }
}
