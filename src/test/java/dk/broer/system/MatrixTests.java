package dk.broer.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer's progress matrix and its CSV, and the employer's view of their own staff. */
interface MatrixTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    @Test
    default void theMatrixHasACellPerLearnerAndModuleAndSaysWhoIsStuck() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 20);
        long meeting = TestCohorts.firstMeetingOrAdd(trainer, cohort);
        Http struggling = TestCohorts.newLearner(cohort.joinCode(), "Tran Van Minh");
        for (int i = 0; i < 3; i++) {
            LearningTests.answer(struggling, "welcome-to-everyone", false);
        }
        Http doing = TestCohorts.newLearner(cohort.joinCode(), "Sigrid Joensen");
        LearningTests.answer(doing, "welcome-to-everyone", true);
        long sigrid = doing.get("api/session").object().getJsonNumber("id").longValue();
        trainer.put(cohort.path() + "/meetings/" + meeting + "/attendance/" + sigrid, "{\"present\":true}");

        JsonObject matrix = trainer.get(cohort.path() + "/progress?lang=en").object();
        List<String> modules = matrix.getJsonArray("modules").getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
        assertEquals(Broer.content().track("bus-drivers").orElseThrow().moduleIds(), modules);
        assertEquals(1, matrix.getJsonArray("meetings").size());
        JsonObject tran = row(matrix, "Tran Van Minh");
        assertEquals("failed", tran.getJsonArray("cells").getJsonObject(0).getString("state"));
        assertEquals(3, tran.getJsonArray("cells").getJsonObject(0).getInt("failedAttempts"));
        assertEquals("failed-three", tran.getString("stuck"));
        JsonObject sigridRow = row(matrix, "Sigrid Joensen");
        assertEquals("passed", sigridRow.getJsonArray("cells").getJsonObject(0).getString("state"));
        assertFalse(sigridRow.containsKey("stuck"));
        assertTrue(sigridRow.getJsonArray("attendance").getBoolean(0));
        assertFalse(matrix.toString().contains("resumeCode") || matrix.toString().contains("answers"));
    }

    @Test
    default void theDemoMorningShowsValbysThreeStuckDrivers() {
        Http trainer = Broer.demo("trainer");
        JsonObject matrix = trainer.get("api/cohorts/" + TestCohorts.demo(trainer, "Fjordlinjen Valby – morgenholdet") + "/progress")
                .object();
        Map<String, String> stuck = matrix.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.containsKey("stuck")).collect(Collectors.toMap(l -> l.getString("name"), l -> l.getString("stuck")));
        assertEquals(Map.of("Nguyễn Thị Lan", "failed-three", "Henrik Ødegård", "no-progress",
                "Abdirahman Warsame", "no-progress"), stuck);
    }

    @Test
    default void sevenQuietDaysCountAsStuck() {
        Http trainer = Broer.demo("trainer");
        long ended = TestCohorts.demo(trainer, TestCohorts.SOELVGADE);
        JsonObject matrix = trainer.get("api/cohorts/" + ended + "/progress").object();
        assertEquals("no-progress", row(matrix, "Bjarki Hansen").getString("stuck"), "60 days without a step");
        assertFalse(row(matrix, "Ingrid Dam").containsKey("stuck"), "a completed learner is never stuck");
    }

    @Test
    default void theCsvIsForDanishExcelAndNoCellCanStartAFormula() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 20);
        for (String name : List.of("=HYPERLINK(\"http://evil.example\";\"Klik\")", "+cmd", "-2+3", "@SUM(A1)", "Ayşe Yılmaz")) {
            TestCohorts.join(Broer.anonymous(), cohort.joinCode(), name);
        }
        Http.Reply csv = trainer.get(cohort.path() + "/progress/csv?lang=da");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"), csv.header("Content-Disposition"));
        assertEquals("\uFEFF", csv.body().substring(0, 1), "UTF-8 with a byte-order mark");
        assertTrue(csv.body().contains("\r\n"), "CRLF, as Excel writes it");
        List<List<String>> rows = parse(csv.body().substring(1), ';');
        assertEquals(List.of("Navn", "Medarbejdernummer", "Moduler bestået"), rows.get(0).subList(0, 3));
        assertEquals(6, rows.size(), "a header and one row per learner");
        Set<String> names = rows.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet());
        assertEquals(Set.of("'=HYPERLINK(\"http://evil.example\";\"Klik\")", "'+cmd", "'-2+3", "'@SUM(A1)", "Ayşe Yılmaz"), names,
                "shown as written, with an apostrophe where a formula would start");
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a live formula: " + cell);
            }
        }
        assertEquals("ikke begyndt", rows.get(1).get(3));
        String comma = trainer.get(cohort.path() + "/progress/csv?lang=en&separator=comma").body();
        assertTrue(comma.substring(1).startsWith("Name,Employee number,Modules passed,"), comma);
    }

    @Test
    default void anEmployerSeesTheirOwnStaffsCompletionsAndNobodyElses() {
        Http contact = Broer.demo("contact");
        long bus = Fixtures.busCompany();
        JsonObject staff = contact.get("api/organisations/" + bus + "/completions?lang=da").object();
        assertEquals("Fjordlinjen Bus A/S", staff.getString("organisation"));
        JsonArray people = staff.getJsonArray("people");
        JsonObject ayse = people.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals("Ayşe Yılmaz"))
                .findFirst().orElseThrow();
        assertTrue(ayse.getJsonArray("cohorts").getJsonObject(0).containsKey("completedAt"), "who has completed, with the date");
        String all = staff.toString();
        assertFalse(all.contains("resumeCode") || all.contains("answers") || all.contains("failedAttempts") || all.contains("score"),
                "no attempts, no codes: " + all.substring(0, Math.min(300, all.length())));
        assertFalse(all.contains("Hotel Havnelys"), "nothing about another organisation");
        long hotel = Broer.demo("coordinator").get("api/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Hotel Havnelys")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, contact.get("api/organisations/" + hotel + "/completions").status());
        assertEquals(403, contact.get("api/organisations/" + hotel + "/completions/csv").status());
        assertEquals(200, Broer.demo("coordinator").get("api/organisations/" + hotel + "/completions").status());
        String csv = contact.get("api/organisations/" + bus + "/completions/csv?lang=en").body();
        assertTrue(csv.substring(1).startsWith("Name;Employee number;Cohort;Track;Modules passed;Completed"), csv);
        assertTrue(csv.contains("Ayşe Yılmaz;;Fjordlinjen Valby – morgenholdet;Bus drivers;6/6;" + LocalDate.now().minusDays(1))
                || csv.contains("Ayşe Yılmaz;;Fjordlinjen Valby – morgenholdet;Bus drivers;6/6;"), csv);
    }

    static List<List<String>> parse(String csv, char delimiter) {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new java.io.StringReader(csv))) {
            return parser.getRecords().stream().map(org.apache.commons.csv.CSVRecord::toList).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonObject row(JsonObject matrix, String name) {
        return matrix.getJsonArray("learners").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + matrix));
    }
}
