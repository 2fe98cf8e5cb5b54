package dk.broer.system;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One signed-in client per kind of caller in the authorisation table, signed in once for the
 * whole suite: the demo staff accounts, and two learners who joined cohorts of two different
 * trainers (the "cohort-trainer" trains the learner's cohort, the "other-trainer" the other's).
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
    private static TestCohorts.Made ownCohort;

    private Callers() {
    }

    /** The shared client for a kind, or empty for a kind that has no fixture yet. */
    static Optional<Http> of(String kind) {
        if (kind.equals("anonymous")) {
            return Optional.of(Broer.anonymous());
        }
        if (kind.equals("learner")) {
            return Optional.of(SIGNED_IN.computeIfAbsent(kind, k -> TestCohorts.newLearner(cohort().joinCode(), "Learner Ayşe")));
        }
        if (kind.equals("other-learner")) {
            return Optional.of(SIGNED_IN.computeIfAbsent(kind, k -> TestCohorts.newLearner(
                    TestCohorts.create(of("other-trainer").orElseThrow(), 50).joinCode(), "Other Learner Omar")));
        }
        String username = DEMO_ACCOUNTS.get(kind);
        return username == null ? Optional.empty()
                : Optional.of(SIGNED_IN.computeIfAbsent(kind, k -> Broer.demo(username)));
    }

    /** The cohort the cohort-trainer trains and the learner is in. */
    static synchronized TestCohorts.Made cohort() {
        if (ownCohort == null) {
            ownCohort = TestCohorts.create(of("cohort-trainer").orElseThrow(), 200);
        }
        return ownCohort;
    }

    /** A fresh account of this kind, for calls that change the caller's own account or session. */
    static Optional<Http> fresh(String kind) {
        if (kind.equals("anonymous")) {
            return Optional.of(Broer.anonymous());
        }
        if (kind.endsWith("learner")) {
            return Optional.of(TestCohorts.newLearner(cohort().joinCode(), "Fresh Learner"));
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
