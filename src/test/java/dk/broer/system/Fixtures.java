package dk.broer.system;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Track;
import jakarta.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For each operation in the authorisation table, a call that is valid in every way but the
 * caller's rights: real ids, a well-formed body, and a fresh thing to change for every
 * state-changing call, so that an allowed caller gets a 2xx and a refused one is refused for
 * who they are and nothing else.
 */
final class Fixtures {

    /** One call: path (with ids filled in), JSON body or null, the answer that means "allowed", and the client to use. */
    record Call(String path, String body, int allowedStatus, Http client) {
    }

    /** How to make a call for a kind of caller: given the kind's shared client (may be swapped for a fresh one). */
    interface Maker extends Function<String, Optional<Call>> {
    }

    private static final Catalogue CONTENT = Broer.content();
    private static final Map<String, Maker> MAKERS = new HashMap<>();
    private static Long busCompany;

    static {
        Module withImage = CONTENT.modules().stream().filter(m -> m.in("en").body().contains("](images/")).findFirst().orElseThrow();
        String body = withImage.in("en").body();
        int start = body.indexOf("](images/") + "](images/".length();
        String image = body.substring(start, body.indexOf(')', start));
        Track track = CONTENT.tracks().iterator().next();
        Track guided = CONTENT.tracks().stream().filter(Track::hasGuide).findFirst().orElseThrow();
        Module checked = ContentApiTests.moduleWithQuestions();

        read("GET /api/tracks", k -> "api/tracks");
        read("GET /api/tracks/{id}", k -> "api/tracks/" + track.id());
        read("GET /api/tracks/{id}/guide", k -> "api/tracks/" + guided.id() + "/guide");
        read("GET /api/modules", k -> "api/modules");
        read("GET /api/modules/{id}", k -> "api/modules/" + checked.id());
        change("POST /api/modules/{id}/answers", k -> new Call("api/modules/" + checked.id() + "/answers",
                rightAnswers(checked.in("da")), 200, shared(k)));
        read("GET /api/modules/{id}/images/{file}", k -> "api/modules/" + withImage.id() + "/images/" + image);
        read("GET /api/languages", k -> "api/languages");
        read("GET /api/audiences", k -> "api/audiences");
        read("GET /api/districts", k -> "api/districts");

        read("GET /api/organisations", k -> "api/organisations");
        read("GET /api/organisations/{id}", k -> "api/organisations/" + busCompany());
        change("POST /api/organisations", k -> new Call("api/organisations", organisation(), 201, shared(k)));
        change("PUT /api/organisations/{id}", k -> new Call("api/organisations/" + freshOrganisation(), organisation(), 200, shared(k)));
        change("POST /api/organisations/{id}/deactivate", k -> new Call("api/organisations/" + freshOrganisation() + "/deactivate", "{}", 200, shared(k)));
        change("POST /api/organisations/{id}/activate", k -> new Call("api/organisations/" + freshOrganisation() + "/activate", "{}", 200, shared(k)));
        change("DELETE /api/organisations/{id}", k -> new Call("api/organisations/" + freshOrganisation(), null, 204, shared(k)));

        read("GET /api/session", k -> "api/session");
        MAKERS.put("POST /api/session", k -> Callers.fresh(k).map(c -> new Call("api/session", signInOf(signInAccount()), 200, c)));
        MAKERS.put("DELETE /api/session", k -> Callers.fresh(k).map(c -> new Call("api/session", null, 204, c)));
        read("GET /api/account", k -> "api/account");
        MAKERS.put("PUT /api/account", k -> Callers.fresh(k).map(c -> new Call("api/account",
                "{\"displayName\":\"Nyt Navn\",\"email\":\"ny@example.org\"}", 200, c)));
        MAKERS.put("PUT /api/account/password", k -> Callers.fresh(k).map(c -> new Call("api/account/password",
                "{\"currentPassword\":\"" + Staff.PASSWORD + "\",\"newPassword\":\"helt ny og lang sætning\"}", 204, c)));

        read("GET /api/staff", k -> "api/staff");
        read("GET /api/staff/{id}", k -> "api/staff/" + freshAccount().id());
        change("POST /api/staff", k -> new Call("api/staff", "{\"username\":\"matrix." + System.nanoTime()
                + "\",\"displayName\":\"Matrix\",\"roles\":[\"trainer\"]}", 201, shared(k)));
        change("PUT /api/staff/{id}", k -> new Call("api/staff/" + freshAccount().id(),
                "{\"displayName\":\"Matrix Ny\",\"roles\":[\"assessor\"]}", 200, shared(k)));
        change("POST /api/staff/{id}/deactivate", k -> new Call("api/staff/" + freshAccount().id() + "/deactivate", "{}", 200, shared(k)));
        change("POST /api/staff/{id}/activate", k -> new Call("api/staff/" + freshAccount().id() + "/activate", "{}", 200, shared(k)));
        change("POST /api/staff/{id}/password-link", k -> new Call("api/staff/" + freshAccount().id() + "/password-link", "{}", 200, shared(k)));
        change("POST /api/links/inspect", k -> new Call("api/links/inspect", "{\"token\":\"" + freshAccount().token() + "\"}", 200, shared(k)));
        change("POST /api/links/password", k -> new Call("api/links/password", "{\"token\":\"" + freshAccount().token()
                + "\",\"password\":\"" + Staff.PASSWORD + "\"}", 200, shared(k)));
        // The one setup link of a boot belongs to its own test: here a spent-looking token, which
        // every caller may try; the answer is about the token (404), not about who asked.
        change("POST /api/links/setup", k -> new Call("api/links/setup", "{\"token\":\"not-a-setup-link-but-long-enough-xx\","
                + "\"username\":\"x.y\",\"displayName\":\"X\",\"password\":\"" + Staff.PASSWORD + "\"}", 404, shared(k)));
        read("GET /api/audit", k -> "api/audit");
        importsAndMerges();
        learning();
        certificates();
        credentials();
        consultants();
        evaluations();
        read("GET /api/reach", k -> "api/reach");
        read("GET /api/reach/csv", k -> "api/reach/csv");
        read("GET /api/reach/pdf", k -> "api/reach/pdf");
        // The back-fill ran at start: running it again is allowed to an admin and does nothing.
        change("POST /api/reach/backfill", k -> new Call("api/reach/backfill", "{}", 200, shared(k)));
        privacy();

        read("GET /api/join/{code}", k -> "api/join/" + Callers.cohort().joinCode());
        read("GET /api/join/{code}/qr", k -> "api/join/" + Callers.cohort().joinCode() + "/qr");
        // Anyone may try to join; staff signed in on the device are asked to sign out first (409).
        change("POST /api/join/{code}", k -> new Call("api/join/" + freshCohort().joinCode(), "{\"name\":\"Matrix Learner\"}",
                k.endsWith("learner") || k.equals("anonymous") ? 201 : 409, k.equals("anonymous") ? Broer.anonymous() : shared(k)));
        MAKERS.put("POST /api/resume", k -> Callers.fresh(k).map(c -> new Call("api/resume",
                "{\"code\":\"" + freshResumeCode() + "\"}", 200, c)));
        read("GET /api/me", k -> "api/me");
        read("GET /api/cohorts", k -> "api/cohorts");
        read("GET /api/cohorts/trainers", k -> "api/cohorts/trainers");
        change("POST /api/cohorts", k -> new Call("api/cohorts", "{\"name\":\"Matrix " + System.nanoTime() + "\",\"organisationId\":"
                + busCompany() + ",\"trackId\":\"door-staff\",\"districtCode\":\"noerrebro\",\"startsOn\":\"2027-01-04\","
                + "\"endsOn\":\"2027-02-04\",\"capacity\":20,\"trainers\":[" + trainerId() + "]}", 201, shared(k)));
        read("GET /api/cohorts/{id}", k -> freshCohort().path());
        change("PUT /api/cohorts/{id}", k -> new Call(freshCohort().path(), "{\"name\":\"Matrix ny\",\"organisationId\":"
                + busCompany() + ",\"trackId\":\"bus-drivers\",\"districtCode\":\"valby\",\"startsOn\":\"2026-01-01\","
                + "\"endsOn\":\"2030-01-01\",\"capacity\":60,\"trainers\":[" + trainerId() + "]}", 200, shared(k)));
        change("POST /api/cohorts/{id}/join-code", k -> new Call(freshCohort().path() + "/join-code", "{}", 200, shared(k)));
        change("POST /api/cohorts/{id}/joining/close", k -> new Call(freshCohort().path() + "/joining/close", "{}", 200, shared(k)));
        change("POST /api/cohorts/{id}/joining/open", k -> new Call(freshCohort().path() + "/joining/open", "{}", 200, shared(k)));
        change("POST /api/cohorts/{id}/meetings", k -> new Call(freshCohort().path() + "/meetings", meeting(), 201, shared(k)));
        change("PUT /api/cohorts/{id}/meetings/{meeting}", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/meetings/" + TestCohorts.firstMeetingOrAdd(trainer(), cohort), meeting(), 200, shared(k));
        });
        change("POST /api/cohorts/{id}/meetings/{meeting}/cancel", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/meetings/" + TestCohorts.firstMeetingOrAdd(trainer(), cohort) + "/cancel", "{}", 200, shared(k));
        });
        read("GET /api/cohorts/{id}/learners", k -> freshCohort().path() + "/learners");
        change("POST /api/cohorts/{id}/learners", k -> new Call(freshCohort().path() + "/learners",
                "{\"name\":\"Matrix By Hand\"}", 201, shared(k)));
        change("DELETE /api/cohorts/{id}/learners/{learner}", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/learners/" + learnerIn(cohort), null, 204, shared(k));
        });
        change("POST /api/cohorts/{id}/learners/{learner}/resume-code", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/learners/" + learnerIn(cohort) + "/resume-code", "{}", 200, shared(k));
        });
    }

    private static void privacy() {
        read("GET /api/privacy/record", k -> "api/privacy/record");
        read("GET /api/me/data", k -> "api/me/data");
        read("GET /api/account/data", k -> "api/account/data");
        read("GET /api/people/{id}", k -> "api/people/" + sharedLearnerId());
        read("GET /api/people/{id}/data", k -> "api/people/" + sharedLearnerId() + "/data");
        // Every call erases a throw-away learner of its own (no certificate), never a shared fixture.
        change("POST /api/people/{id}/erasure", k -> new Call("api/people/" + learnerIn(freshCohort()) + "/erasure",
                "{\"confirmed\":true}", 200, shared(k)));
        // A run now: what it removes is past its period, which nothing of the other tests is.
        change("POST /api/retention/runs", k -> new Call("api/retention/runs", "{}", 200, shared(k)));
    }

    private static long sharedLearnerId() {
        return Callers.of("learner").orElseThrow().get("api/session").object().getJsonNumber("id").longValue();
    }

    private static void importsAndMerges() {
        change("POST /api/cohorts/{id}/import/preview", k -> new Call(freshCohort().path() + "/import/preview",
                "Navn;Medarbejdernummer\nMatrix Import;M-1\n", 200, shared(k)));
        change("POST /api/cohorts/{id}/import", k -> new Call(freshCohort().path() + "/import",
                "Navn;Medarbejdernummer\nMatrix Import;M-2\n", 200, shared(k)));
        change("POST /api/cohorts/{id}/slips", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/slips", "{\"learners\":[" + learnerIn(cohort) + "]}", 200, shared(k));
        });
        read("GET /api/organisations/{id}/learners", k -> "api/organisations/" + busCompany() + "/learners");
        change("POST /api/learners/{id}/merge", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call("api/learners/" + learnerIn(cohort) + "/merge", "{\"duplicate\":" + learnerIn(cohort) + "}", 200, shared(k));
        });
    }

    private static void learning() {
        change("POST /api/me/modules/{module}/opened", k -> new Call("api/me/modules/welcome-to-everyone/opened", "{}", 204, shared(k)));
        read("GET /api/cohorts/{id}/progress", k -> freshCohort().path() + "/progress");
        read("GET /api/cohorts/{id}/follow-up", k -> freshCohort().path() + "/follow-up");
        read("GET /api/cohorts/{id}/progress/csv", k -> freshCohort().path() + "/progress/csv");
        read("GET /api/organisations/{id}/completions", k -> "api/organisations/" + busCompany() + "/completions");
        read("GET /api/organisations/{id}/completions/csv", k -> "api/organisations/" + busCompany() + "/completions/csv");
        change("POST /api/cohorts/{id}/learners/{learner}/done", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/learners/" + learnerIn(cohort) + "/done",
                    "{\"module\":\"welcome-to-everyone\",\"reason\":\"Tog modulet på papir\"}", 204, shared(k));
        });
        read("GET /api/cohorts/{id}/meetings/{meeting}/attendance", k -> {
            TestCohorts.Made cohort = freshCohort();
            return cohort.path() + "/meetings/" + TestCohorts.firstMeetingOrAdd(trainer(), cohort) + "/attendance";
        });
        change("PUT /api/cohorts/{id}/meetings/{meeting}/attendance/{learner}", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/meetings/" + TestCohorts.firstMeetingOrAdd(trainer(), cohort) + "/attendance/"
                    + learnerIn(cohort), "{\"present\":true}", 200, shared(k));
        });
        change("DELETE /api/cohorts/{id}/meetings/{meeting}/attendance/{learner}", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/meetings/" + TestCohorts.firstMeetingOrAdd(trainer(), cohort) + "/attendance/"
                    + learnerIn(cohort), null, 204, shared(k));
        });
    }

    private static void certificates() {
        read("GET /api/verify/{code}", k -> "api/verify/" + learnersCode());
        read("GET /api/me/certificates", k -> "api/me/certificates");
        // The learner's own completion: confirming again answers with the same certificate; another learner is told "not found".
        change("POST /api/me/certificates", k -> new Call("api/me/certificates", "{\"completion\":" + learnersCompletion()
                + ",\"name\":\"Learner Ayşe\"}", 200, shared(k)));
        read("GET /api/me/certificates/{code}/pdf", k -> "api/me/certificates/" + learnersCode() + "/pdf");
        read("GET /api/cohorts/{id}/certificates", k -> Callers.cohort().path() + "/certificates");
        change("POST /api/cohorts/{id}/certificates", k -> {
            TestCohorts.Made cohort = freshCohort();
            long completion = TestCertificates.complete(trainer(), cohort, learnerIn(cohort));
            return new Call(cohort.path() + "/certificates", "{\"completion\":" + completion + ",\"name\":\"Matrix Learner\"}", 200, shared(k));
        });
        change("POST /api/cohorts/{id}/certificates/all", k -> new Call(freshCohort().path() + "/certificates/all", "{}", 200, shared(k)));
        read("GET /api/cohorts/{id}/certificates/pdf", k -> {
            learnersCode(); // so that the cohort has a certificate to print
            return Callers.cohort().path() + "/certificates/pdf";
        });
        read("GET /api/certificates/{code}/pdf", k -> "api/certificates/" + learnersCode() + "/pdf");
        change("POST /api/certificates/{code}/name", k -> new Call("api/certificates/" + freshCode() + "/name",
                "{\"name\":\"Matrix Lærer\"}", 200, shared(k)));
        change("POST /api/certificates/{code}/revocation", k -> new Call("api/certificates/" + freshCode() + "/revocation",
                "{\"reason\":\"Matrix\"}", 200, shared(k)));
    }

    private static void credentials() {
        read("GET /api/issuer", k -> "api/issuer");
        // Rotating is an admin's; the table's other callers are refused before anything turns.
        change("POST /api/issuer/keys/rotation", k -> new Call("api/issuer/keys/rotation", "{}", 200, shared(k)));
        // An admin's backup: made on Derby (201), sent to pg_dump on PostgreSQL (409); either answer is the allowed one.
        change("POST /api/backups", k -> new Call("api/backups", "{}",
                System.getProperty("arquillian.launch", "").contains("postgres") ? 409 : 201, shared(k)));
        read("GET /api/keys/{id}", k -> Callers.of("anonymous").orElseThrow().get("api/issuer").object()
                .getJsonArray("assertionMethod").getString(0).substring(Broer.base().length()));
        read("GET /api/status/revocation", k -> "api/status/revocation");
        read("GET /api/credentials/{id}/{language}", k -> {
            String id = Callers.of("learner").orElseThrow().get("api/me/certificates/" + learnersCode() + "/credential?lang=da")
                    .object().getString("id");
            return id.substring(Broer.base().length());
        });
        read("GET /api/verify/{code}/credential", k -> "api/verify/" + learnersCode() + "/credential");
        read("GET /api/me/certificates/{code}/credential", k -> "api/me/certificates/" + learnersCode() + "/credential");
    }

    private static void consultants() {
        // The "learner" column is a candidate of a dialogue cohort; the other learner is on no such course (404).
        change("GET /api/me/practice", k -> new Call("api/me/practice", null, 200, candidateOr(k)));
        change("POST /api/me/practice/dialogues", k -> new Call("api/me/practice/dialogues",
                TestConsultants.dialogue("lead", java.time.LocalDate.now().minusDays(3)), 201, candidateOr(k)));
        change("POST /api/me/practice/projects", k -> new Call("api/me/practice/projects", TestConsultants.project(), 201, candidateOr(k)));
        change("PUT /api/me/practice/projects/{id}", k -> new Call("api/me/practice/projects/" + candidatesProject(),
                TestConsultants.project(), 200, candidateOr(k)));
        change("POST /api/me/practice/supervision", k -> new Call("api/me/practice/supervision",
                TestConsultants.supervision(java.time.LocalDate.now().minusDays(3)), 201, candidateOr(k)));
        change("POST /api/me/practice/case-analysis", k -> new Call("api/me/practice/case-analysis",
                "{\"text\":\"Sagen om den afviste kunde.\"}", 201, candidateOr(k)));
        change("POST /api/me/practice/case-analysis/pdf", k -> new Call("api/me/practice/case-analysis/pdf",
                "%PDF-1.4 a case analysis", 201, candidateOr(k)));
        change("GET /api/me/practice/entries/{id}/pdf", k -> new Call("api/me/practice/entries/" + candidatesPdf() + "/pdf", null,
                200, candidateOr(k)));
        change("POST /api/me/practice/submission", k -> new Call("api/me/practice/submission", "{}", 200,
                k.equals("learner") ? TestConsultants.candidate(trainer(), "Matrix Kandidat").phone() : shared(k)));
        // Nobody in the table holds a certification in its renewal window: the role passes, the answer is 409.
        change("POST /api/me/practice/renewal", k -> new Call("api/me/practice/renewal", "{}", 409, candidateOr(k)));
        read("GET /api/assessments", k -> "api/assessments");
        read("GET /api/assessments/{learner}", k -> "api/assessments/" + candidate().learnerId());
        change("POST /api/assessments/{learner}/observation", k -> new Call("api/assessments/" + candidate().learnerId()
                + "/observation", TestConsultants.observation(Callers.of("assessor").orElseThrow(), candidate().learnerId(), "partly"),
                200, shared(k)));
        change("POST /api/assessments/{learner}/changes", k -> {
            TestConsultants.Candidate fresh = TestConsultants.candidate(trainer(), "Matrix Kandidat");
            fresh.phone().post("api/me/practice/submission", "{}");
            return new Call("api/assessments/" + fresh.learnerId() + "/changes", "{\"message\":\"Log mere supervision.\"}", 200, shared(k));
        });
        change("POST /api/assessments/{learner}/approval", k -> new Call("api/assessments/" + candidate().learnerId() + "/approval",
                "{}", 409, shared(k)));
        change("POST /api/assessments/{learner}/renewal", k -> new Call("api/assessments/" + candidate().learnerId() + "/renewal",
                "{}", 409, shared(k)));
        change("POST /api/assessments/{learner}/revocation", k -> new Call("api/assessments/" + candidate().learnerId()
                + "/revocation", "{\"reason\":\"x\"}", 409, shared(k)));
        read("GET /api/consultants", k -> "api/consultants");
        read("GET /api/consultants/csv", k -> "api/consultants/csv");
        read("GET /api/consultants/assessors", k -> "api/consultants/assessors");
        change("POST /api/consultants/existing", k -> new Call("api/consultants/existing", "{\"name\":\"Matrix Konsulent\","
                + "\"district\":\"noerrebro\",\"awardedOn\":\"2011-05-01\",\"validFrom\":\"" + java.time.LocalDate.now().minusMonths(3)
                + "\",\"assessor\":" + assessorId() + "}", 201, shared(k)));
        read("GET /api/cohorts/{id}/candidates", k -> candidate().cohort().path() + "/candidates");
    }

    private static void evaluations() {
        // The shared learner has completed the shared cohort's track; the other learner is not in it (404).
        read("GET /api/me/evaluations", k -> "api/me/evaluations");
        change("GET /api/me/evaluations/{key}", k -> new Call("api/me/evaluations/track-" + completedCohort(), null, 200, shared(k)));
        change("POST /api/me/evaluations/{key}", k -> {
            if (!k.equals("learner")) {
                return new Call("api/me/evaluations/track-" + completedCohort(), TestEvaluations.answer("track", 4, null), 201, shared(k));
            }
            TestCohorts.Made cohort = freshCohort();
            Http learner = TestCertificates.completed(trainer(), cohort, "Matrix Svarer").learner();
            return new Call("api/me/evaluations/track-" + cohort.id(), TestEvaluations.answer("track", 4, null), 201, learner);
        });
        change("POST /api/evaluations/link", k -> new Call("api/evaluations/link", "{\"token\":\"" + activity().token() + "\"}",
                200, shared(k)));
        change("POST /api/evaluations/link/answers", k -> new Call("api/evaluations/link/answers",
                TestEvaluations.linkAnswer(activity().token(), "activity", 5), 201, shared(k)));
        read("GET /api/cohorts/{id}/evaluations", k -> Callers.cohort().path() + "/evaluations");
        change("POST /api/cohorts/{id}/evaluations/{key}/close", k -> {
            TestCohorts.Made cohort = freshCohort();
            return new Call(cohort.path() + "/evaluations/track-" + cohort.id() + "/close", "{}", 200, shared(k));
        });
        read("GET /api/reach/evaluations", k -> "api/reach/evaluations");

        read("GET /api/activities", k -> "api/activities");
        change("POST /api/activities", k -> new Call("api/activities", TestEvaluations.activity("Matrix-dagen",
                java.time.LocalDate.now(), java.time.LocalDate.now(), 40), 201, shared(k)));
        read("GET /api/activities/{id}", k -> "api/activities/" + activity().id());
        change("PUT /api/activities/{id}", k -> new Call("api/activities/" + freshActivity().id(), TestEvaluations.activity(
                "Matrix-dagen, flyttet", java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(1), 60), 200, shared(k)));
        read("GET /api/activities/{id}/qr.svg", k -> "api/activities/" + activity().id() + "/qr.svg");
        read("GET /api/activities/{id}/questionnaire", k -> "api/activities/" + activity().id() + "/questionnaire");
        read("GET /api/activities/{id}/paper-forms", k -> "api/activities/" + activity().id() + "/paper-forms");
        change("POST /api/activities/{id}/paper-forms", k -> new Call("api/activities/" + activity().id() + "/paper-forms",
                "{\"form\":" + PAPER_FORMS.incrementAndGet() + "," + TestEvaluations.answer("activity", 4, null).substring(1), 201, shared(k)));
        change("POST /api/activities/{id}/close", k -> new Call("api/activities/" + freshActivity().id() + "/close", "{}", 200, shared(k)));

        read("GET /api/consultancies", k -> "api/consultancies");
        change("POST /api/consultancies", k -> new Call("api/consultancies", "{\"givenOn\":\"" + java.time.LocalDate.now().minusDays(2)
                + "\",\"recipient\":\"Matrix-foreningen\",\"district\":\"valby\",\"people\":3}", 201, shared(k)));
        read("GET /api/consultancies/{id}", k -> "api/consultancies/" + consultancy().id());
        read("GET /api/consultancies/{id}/qr.svg", k -> "api/consultancies/" + consultancy().id() + "/qr.svg");
        change("POST /api/consultancies/{id}/close", k -> new Call("api/consultancies/"
                + TestEvaluations.consultancy(coordinator(), 2).id() + "/close", "{}", 200, shared(k)));
    }

    private static final java.util.concurrent.atomic.AtomicInteger PAPER_FORMS = new java.util.concurrent.atomic.AtomicInteger();
    private static TestEvaluations.Linked activity;
    private static TestEvaluations.Linked consultancy;

    /** The shared cohort, once the shared learner has completed its track. */
    private static long completedCohort() {
        learnersCompletion();
        return Callers.cohort().id();
    }

    private static Http coordinator() {
        return Callers.of("coordinator").orElseThrow();
    }

    /** An activity everyone in the table may answer: it takes a thousand answers. */
    private static synchronized TestEvaluations.Linked activity() {
        if (activity == null) {
            activity = TestEvaluations.activity(coordinator(), 1000);
        }
        return activity;
    }

    private static TestEvaluations.Linked freshActivity() {
        return TestEvaluations.activity(coordinator(), 40);
    }

    private static synchronized TestEvaluations.Linked consultancy() {
        if (consultancy == null) {
            consultancy = TestEvaluations.consultancy(coordinator(), 3);
        }
        return consultancy;
    }

    private static Http candidateOr(String kind) {
        return kind.equals("learner") ? candidate().phone() : shared(kind);
    }

    private static synchronized TestConsultants.Candidate candidate() {
        if (candidate == null) {
            candidate = TestConsultants.candidate(trainer(), "Matrix Kandidat");
        }
        return candidate;
    }

    private static synchronized long candidatesProject() {
        return TestConsultants.created(candidate().phone().post("api/me/practice/projects", TestConsultants.project())).object()
                .getJsonNumber("id").longValue();
    }

    private static synchronized long candidatesPdf() {
        return TestConsultants.created(candidate().phone().call("POST", "api/me/practice/case-analysis/pdf", "%PDF-1.4 a case"))
                .object().getJsonNumber("id").longValue();
    }

    private static long assessorId() {
        return Callers.of("assessor").orElseThrow().get("api/session").object().getJsonNumber("id").longValue();
    }

    /** The shared learner has completed and holds a certificate, in the cohort-trainer's cohort. */
    private static synchronized long learnersCompletion() {
        if (learnersCompletion == null) {
            Http learner = Callers.of("learner").orElseThrow();
            long id = learner.get("api/session").object().getJsonNumber("id").longValue();
            learnersCompletion = TestCertificates.complete(trainer(), Callers.cohort(), id);
        }
        return learnersCompletion;
    }

    private static synchronized String learnersCode() {
        if (learnersCode == null) {
            learnersCode = Callers.of("learner").orElseThrow().post("api/me/certificates", "{\"completion\":"
                    + learnersCompletion() + ",\"name\":\"Learner Ayşe\"}").object().getString("code");
        }
        return learnersCode;
    }

    /** A certificate nobody else uses, for calls that reissue or revoke it. */
    private static String freshCode() {
        TestCohorts.Made cohort = freshCohort();
        return TestCertificates.confirmed(TestCertificates.completed(trainer(), cohort, "Matrix Learner"), "Matrix Learner");
    }

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static long trainerId() {
        return trainer().get("api/session").object().getJsonNumber("id").longValue();
    }

    /** A fresh cohort of the cohort-trainer: every state-changing call gets its own. */
    private static TestCohorts.Made freshCohort() {
        return TestCohorts.create(trainer(), 50);
    }

    private static String meeting() {
        return "{\"date\":\"" + java.time.LocalDate.now().plusDays(5) + "\",\"startTime\":\"13:00\",\"endTime\":\"15:30\","
                + "\"place\":\"Depotet, mødelokale 1\"}";
    }

    private static long learnerIn(TestCohorts.Made cohort) {
        return trainer().post(cohort.path() + "/learners", "{\"name\":\"Matrix Learner\"}").object()
                .getJsonObject("learner").getJsonNumber("id").longValue();
    }

    private static String freshResumeCode() {
        return trainer().post(Callers.cohort().path() + "/learners", "{\"name\":\"Matrix Resumer\"}").object()
                .getString("resumeCode");
    }

    private static Long learnersCompletion;
    private static TestConsultants.Candidate candidate;
    private static String learnersCode;

    private Fixtures() {
    }

    static Optional<Maker> of(String operation) {
        return Optional.ofNullable(MAKERS.get(operation));
    }

    private static void read(String operation, Function<String, String> path) {
        MAKERS.put(operation, k -> Callers.of(k).map(c -> new Call(path.apply(k), null, 200, c)));
    }

    private static void change(String operation, Function<String, Call> call) {
        MAKERS.put(operation, k -> Callers.of(k).map(c -> call.apply(k)));
    }

    private static Http shared(String kind) {
        return Callers.of(kind).orElseThrow();
    }

    static synchronized long busCompany() {
        if (busCompany == null) {
            busCompany = Callers.of("coordinator").orElseThrow().get("api/organisations").array()
                    .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals("Fjordlinjen Bus A/S"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
        }
        return busCompany;
    }

    private static String organisation() {
        return "{\"name\":\"Matrix " + System.nanoTime() + "\",\"sector\":\"retail\"}";
    }

    private static long freshOrganisation() {
        return Callers.of("coordinator").orElseThrow().post("api/organisations", organisation()).object()
                .getJsonNumber("id").longValue();
    }

    private static Staff.Created freshAccount() {
        return Staff.create(Callers.of("admin").orElseThrow(), "trainer");
    }

    private static Staff.Created signInAccount;

    private static synchronized Staff.Created signInAccount() {
        if (signInAccount == null) {
            signInAccount = freshAccount();
            Staff.setPassword(signInAccount.token(), Staff.PASSWORD);
        }
        return signInAccount;
    }

    private static String signInOf(Staff.Created account) {
        return "{\"username\":\"" + account.username() + "\",\"password\":\"" + Staff.PASSWORD + "\"}";
    }

    static String rightAnswers(ModuleText text) {
        return "{\"answers\":[" + text.questions().stream().map(q -> "{\"question\":\"" + q.id() + "\",\"selected\":"
                + q.correctOptions().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    static Set<String> operations() {
        return MAKERS.keySet();
    }
}
