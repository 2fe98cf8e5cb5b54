package dk.broer.system;

import dk.broer.certification.PdfChecks;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reach report: figures against seeded data, suppression an attacker cannot undo, scopes, CSV and PDF, erasure-proof. */
interface ReachTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static Http coordinator() {
        return Callers.of("coordinator").orElseThrow();
    }

    private static String thisYear() {
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen"));
        return "from=" + now.getYear() + "-01&to=" + now;
    }

    private static JsonObject report(Http who, String query) {
        Http.Reply reply = who.get("api/reach?" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    private static JsonObject table(JsonObject report, String measure) {
        return report.getJsonArray("tables").getValuesAs(JsonObject.class).stream().filter(t -> t.getString("measure").equals(measure))
                .findFirst().orElseThrow();
    }

    private static Optional<JsonObject> row(JsonObject table, String label) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("label").equals(label))
                .findFirst();
    }

    private static String total(JsonObject report, String measure, String label) {
        return row(table(report, measure), label).map(r -> r.getJsonObject("total").getString("shown")).orElse("none");
    }

    /** A cohort of the demo bus company with {@code joined} learners, {@code completed} of whom complete. */
    private static TestCohorts.Made cohort(int joined, int completed) {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 20);
        for (int i = 0; i < joined; i++) {
            if (i < completed) {
                TestCertificates.completed(trainer(), cohort, "Rækkevidde " + i);
            } else {
                TestCohorts.newLearner(cohort.joinCode(), "Rækkevidde " + i);
            }
        }
        return cohort;
    }

    private static String name(TestCohorts.Made cohort) {
        return trainer().get(cohort.path()).object().getString("name");
    }

    @Test
    default void enrolmentsAndCompletionsAreCountedAsTheyHappenAndPeopleOnce() {
        TestCohorts.Made cohort = cohort(7, 6);
        String name = name(cohort);
        JsonObject report = report(coordinator(), thisYear() + "&by=cohort&period=year&lang=en");
        assertEquals("7", total(report, "enrolments", name));
        assertEquals("7", total(report, "reached", name));
        assertEquals("6", total(report, "completions", name));
        assertEquals("6", total(report, "trained", name));
        assertEquals("none", total(report, "certificates", name), "no certificate confirmed yet");

        // The same seven people in a second cohort: seven more enrolments, nobody reached twice.
        TestCohorts.Made second = TestCohorts.create(trainer(), 20);
        Http again = TestCohorts.newLearner(cohort.joinCode(), "Rækkevidde igen");
        assertEquals(201, TestCohorts.join(again, second.joinCode(), "Rækkevidde igen").status());
        JsonObject after = report(coordinator(), thisYear() + "&by=cohort&period=year&lang=en");
        assertEquals("8", total(after, "reached", name), "the newcomer was reached in the first cohort");
        assertEquals("<5", total(after, "enrolments", name(second)));
        assertEquals("none", total(after, "reached", name(second)), "already counted");
    }

    /**
     * The facts against the rows they summarise, for a cohort of this test: every number both print is
     * the same. (Across the whole programme they part ways on purpose: a removed enrolment stays
     * counted as reached, so the two may also hide different cells.)
     */
    @Test
    default void theFactsGiveTheSameFiguresAsTheRawRows() {
        String name = name(cohort(7, 6));
        String query = thisYear() + "&by=cohort&period=year&lang=da";
        JsonObject facts = report(Broer.demo("admin"), query);
        JsonObject raw = report(Broer.demo("admin"), query + "&source=raw");
        int compared = 0;
        for (String measure : List.of("reached", "trained", "enrolments", "completions")) {
            JsonObject fromFacts = row(table(facts, measure), name).orElseThrow().getJsonObject("total");
            JsonObject fromRows = row(table(raw, measure), name).orElseThrow().getJsonObject("total");
            if (fromFacts.containsKey("value") && fromRows.containsKey("value")) {
                assertEquals(fromRows.getInt("value"), fromFacts.getInt("value"), measure);
                compared++;
            }
        }
        assertTrue(compared > 0, "some figure of the cohort is printed by both");
        assertEquals(403, coordinator().get("api/reach?" + query + "&source=raw").status(), "an admin's check");
    }

    @Test
    default void aSmallCountShowsAsUnderFiveAndAnotherCellHidesIt() {
        TestCohorts.Made small = cohort(3, 0);
        JsonObject report = report(coordinator(), thisYear() + "&by=cohort&period=year&lang=da");
        JsonObject enrolments = table(report, "enrolments");
        JsonObject row = row(enrolments, name(small)).orElseThrow();
        assertEquals("<5", row.getJsonObject("total").getString("shown"));
        assertFalse(row.getJsonObject("total").containsKey("value"), "no number behind it");
        assertEquals(5, report.getInt("threshold"));
    }

    /**
     * The attacker has every table of one report run with its margins and the totals, and subtracts:
     * any row or column with one hidden cell gives that cell away. They recover nothing.
     */
    @Test
    default void anAttackerSubtractingOverEveryTableAndMarginOfOneRunRecoversNothing() {
        cohort(3, 1);
        cohort(6, 2);
        for (String by : List.of("cohort", "district", "organisation", "sector", "audience", "track")) {
            JsonObject report = report(coordinator(), thisYear() + "&by=" + by + "&period=month&lang=da");
            for (JsonObject t : report.getJsonArray("tables").getValuesAs(JsonObject.class)) {
                List<List<JsonObject>> grid = new ArrayList<>();
                for (JsonObject r : t.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                    List<JsonObject> cells = new ArrayList<>(r.getJsonArray("cells").getValuesAs(JsonObject.class));
                    cells.add(r.getJsonObject("total"));
                    grid.add(cells);
                }
                List<JsonObject> margin = new ArrayList<>(t.getJsonArray("columnTotals").getValuesAs(JsonObject.class));
                margin.add(t.getJsonObject("total"));
                grid.add(margin);
                assertEquals(0, solvable(grid), by + "/" + t.getString("measure") + ": " + t);
                JsonObject summary = report.getJsonObject("totals").getJsonObject(t.getString("measure"));
                assertEquals(t.getJsonObject("total"), summary, "the totals section prints the tables' own totals");
            }
        }
    }

    /** How many equations (rows and columns of the grid) have exactly one hidden member. */
    private static int solvable(List<List<JsonObject>> grid) {
        int solvable = 0;
        for (List<JsonObject> row : grid) {
            solvable += row.stream().filter(c -> !c.containsKey("value")).count() == 1 ? 1 : 0;
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            solvable += grid.stream().filter(r -> !r.get(column).containsKey("value")).count() == 1 ? 1 : 0;
        }
        return solvable;
    }

    @Test
    default void theTargetsShowShareNIntervalAndWhetherTheyAreMet() {
        JsonObject report = report(coordinator(), "from=" + YearMonth.now().minusMonths(11) + "&to=" + YearMonth.now() + "&lang=en");
        List<JsonObject> targets = report.getJsonArray("targets").getValuesAs(JsonObject.class);
        JsonObject community = targets.stream().filter(t -> t.getString("id").equals("community")).findFirst().orElseThrow();
        assertEquals(80, community.getInt("percent"));
        assertEquals("Taking part today has strengthened my sense of a Copenhagen community across differences",
                community.getString("item"));
        assertTrue(community.getJsonObject("answers").getInt("value") >= 118 + 36 + 5 + 5, community.toString());
        JsonObject share = community.getJsonObject("share");
        assertTrue(share.getJsonNumber("low").doubleValue() < share.getInt("percent")
                && share.getInt("percent") < share.getJsonNumber("high").doubleValue(), share.toString());
        assertTrue(List.of("met", "not-met").contains(community.getString("status")));
        JsonObject consultancy = targets.stream().filter(t -> t.getString("id").equals("consultancy")).findFirst().orElseThrow();
        assertEquals(75, consultancy.getInt("percent"));
        assertTrue(report.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("title").equals("Internationale Dage – Taste the World")
                        && a.getJsonObject("participants").getString("shown").equals("350")));
        assertTrue(report.containsKey("consultants"));
    }

    @Test
    default void aTrainerSeesTheirOwnCohortsAndAnOrganisationContactTheirOrganisation() {
        TestCohorts.Made own = cohort(5, 0);
        JsonObject mine = report(trainer(), thisYear() + "&by=cohort&period=year&lang=en");
        assertTrue(row(table(mine, "enrolments"), name(own)).isPresent());
        assertFalse(mine.containsKey("consultants"), "the programme's consultants are not a trainer's");
        assertTrue(mine.getJsonArray("activities").isEmpty());
        assertTrue(mine.getString("scope").startsWith("Your cohorts"), mine.getString("scope"));
        JsonObject others = report(Callers.of("other-trainer").orElseThrow(), thisYear() + "&by=cohort&period=year&lang=en");
        assertFalse(row(table(others, "enrolments"), name(own)).isPresent());

        JsonObject contact = report(Callers.of("org-contact").orElseThrow(), thisYear() + "&by=organisation&period=year&lang=en");
        List<String> organisations = table(contact, "enrolments").getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("label")).toList();
        assertEquals(List.of("Fjordlinjen Bus A/S"), organisations);
        assertEquals(403, Callers.of("assessor").orElseThrow().get("api/reach").status());
    }

    @Test
    default void badQueriesAreRefusedNamingTheField() {
        Http.Reply bad = coordinator().get("api/reach?from=januar&to=2026-13&period=week&by=shoe&lang=en", "Accept-Language", "en");
        assertEquals(400, bad.status());
        assertFalse(bad.fieldError("from").isEmpty());
        assertFalse(bad.fieldError("to").isEmpty());
        assertEquals("Choose month, quarter or year.", bad.fieldError("period"));
        assertFalse(bad.fieldError("by").isEmpty());
        assertEquals(400, coordinator().get("api/reach?from=2026-05&to=2026-01").status());
    }

    @Test
    default void theCsvAndThePdfPrintTheSameSuppressedFigures() {
        String query = thisYear() + "&by=district&period=quarter";
        JsonObject report = report(coordinator(), query + "&lang=da");
        Http.Download csv = coordinator().download("api/reach/csv?" + query + "&lang=da");
        assertEquals(200, csv.status());
        assertTrue(csv.disposition().startsWith("attachment"), csv.disposition());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        assertTrue(text.contains("Personer nået"));
        Http.Download pdf = coordinator().download("api/reach/pdf?" + query + "&lang=en");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String printed = PdfChecks.text(pdf.bytes());
        assertTrue(printed.contains("Reach and targets"), printed);
        assertTrue(printed.contains(table(report, "reached").getJsonObject("total").getString("shown")));
        assertTrue(printed.contains("<5"), "the suppression rule is stated");
    }

    /** Erasing a person as a coordinator does (their certificate kept, without the name) changes no published figure. */
    @Test
    default void erasingAPersonChangesNoPublishedTotal() {
        TestCohorts.Made cohort = cohort(5, 5);
        TestCertificates.Completed erased = TestCertificates.completed(trainer(), cohort, "Glemt Person");
        TestCertificates.confirmed(erased, "Glemt Person");
        String query = thisYear() + "&by=cohort&period=month&lang=da";
        JsonObject before = report(coordinator(), query);
        Http.Reply reply = coordinator().post("api/people/" + erased.learnerId() + "/erasure",
                "{\"confirmed\":true,\"certificates\":\"keep\"}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(1, reply.object().getInt("certificatesKept"), reply.toString());
        assertEquals(5, trainer().get(cohort.path() + "/learners").array().size(), "gone from the cohort");
        JsonObject after = report(coordinator(), query);
        assertEquals(before.get("tables"), after.get("tables"));
        assertEquals(before.get("totals"), after.get("totals"));
    }

    @Test
    default void theBackfillHasRunOnceAndRunningItAgainDoesNothing() {
        JsonObject again = Broer.demo("admin").post("api/reach/backfill", "{}").object();
        assertFalse(again.getBoolean("ran"), "it ran once, at the first start");
        assertEquals(403, coordinator().post("api/reach/backfill", "{}").status());
    }
}
