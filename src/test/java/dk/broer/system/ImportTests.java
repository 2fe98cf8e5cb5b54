package dk.broer.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employers' lists (preview, all-or-nothing import, re-import), code slips, the coordinator's lists and merging. */
interface ImportTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    /** Sixty drivers, semicolons and CRLF as Danish Excel writes them, with a BOM. */
    private static String drivers(int count, String prefix) {
        return "\uFEFFNavn;Telefon;Medarbejdernummer\r\n" + IntStream.rangeClosed(1, count)
                .mapToObj(i -> "Chauffør " + prefix + i + ";2030 " + (4000 + i) + ";" + prefix + "-" + i)
                .collect(Collectors.joining("\r\n")) + "\r\n";
    }

    private static Http.Reply upload(Http client, String path, String csv) {
        return client.post(path, csv, "Content-Type", "text/csv");
    }

    @Test
    default void thePreviewShowsEveryRowsProblemsAndSavesNothing() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 100);
        String bad = drivers(58, "P").replace("Chauffør P7;", ";").replace("P-12\r\n", "P-12;010203-1234\r\n");
        JsonObject preview = upload(trainer, cohort.path() + "/import/preview?lang=da", bad).object();
        assertFalse(preview.getBoolean("canImport"));
        assertEquals(2, preview.getJsonObject("counts").getInt("refused"));
        assertEquals(56, preview.getJsonObject("counts").getInt("added"));
        JsonArray rows = preview.getJsonArray("rows");
        assertEquals(58, rows.size(), "every row is shown");
        JsonObject noName = rows.getJsonObject(6);
        assertEquals(8, noName.getInt("line"));
        assertEquals("refused", noName.getString("outcome"));
        assertEquals("Skriv dit navn, som du vil have det på dit bevis.", noName.getJsonArray("problems").getString(0));
        assertTrue(rows.getJsonObject(11).getJsonArray("problems").toString().contains("CPR-nummer"), rows.getJsonObject(11).toString());
        assertEquals(0, trainer.get(cohort.path()).object().getInt("enrolled"), "a preview saves nothing");
        Http.Reply refused = upload(trainer, cohort.path() + "/import?lang=en", bad);
        assertEquals(400, refused.status());
        assertFalse(refused.fieldError("rows.8").isEmpty(), refused.toString());
        assertEquals(0, trainer.get(cohort.path()).object().getInt("enrolled"), "all or nothing");
    }

    @Test
    default void sixtyDriversAreImportedInOneGoAndTheSameFileTwiceAddsNobody() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 80);
        String csv = drivers(60, "S");
        JsonObject done = upload(trainer, cohort.path() + "/import", csv).object();
        assertEquals(60, done.getInt("added"));
        assertEquals(60, trainer.get(cohort.path()).object().getInt("enrolled"));
        JsonObject again = upload(trainer, cohort.path() + "/import/preview", csv).object();
        assertEquals(60, again.getJsonObject("counts").getInt("already"));
        assertFalse(again.getBoolean("canImport"), "nothing new to import");
        JsonObject twice = upload(trainer, cohort.path() + "/import", csv).object();
        assertEquals(0, twice.getInt("added"));
        assertEquals(60, twice.getInt("skipped"));
        assertEquals(60, trainer.get(cohort.path() + "/learners").array().size());
        JsonObject learner = trainer.get(cohort.path() + "/learners").array().getJsonObject(0);
        assertEquals("import", learner.getString("method"));
        assertFalse(learner.getBoolean("hasDevice"));
        assertEquals(1, Broer.demo("admin").get("api/audit?action=cohort.import&targetId=" + cohort.id()).object()
                .getJsonArray("entries").size(), "one entry: the second import changed nothing");
    }

    @Test
    default void aRowMatchesAKnownLearnerOnlyByOrganisationAndEmployeeNumber() {
        Http trainer = trainer();
        TestCohorts.Made first = TestCohorts.create(trainer, 10);
        TestCohorts.Made second = TestCohorts.create(trainer, 10);
        upload(trainer, first.path() + "/import", "Navn;Medarbejdernummer\nMikkel Sørensen;K-77\nMikkel Sørensen;\n");
        JsonObject preview = upload(trainer, second.path() + "/import/preview",
                "Navn;Medarbejdernummer\nMikkel S.;K-77\nMikkel Sørensen;\n").object();
        assertEquals(List.of("known", "new"), preview.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("outcome")).toList(), "the same number is the same person; the same name alone is not");
        upload(trainer, second.path() + "/import", "Navn;Medarbejdernummer\nMikkel S.;K-77\nMikkel Sørensen;\n");
        long known = trainer.get(first.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> "K-77".equals(l.getString("employeeNumber", null))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertTrue(trainer.get(second.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getJsonNumber("id").longValue() == known), "enrolled as the learner Broer knew");
    }

    @Test
    default void moreRowsThanPlacesAreRefusedBeforeAnythingIsSaved() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 5);
        JsonObject preview = upload(trainer, cohort.path() + "/import/preview?lang=en", drivers(7, "C")).object();
        assertEquals(2, preview.getJsonObject("counts").getInt("refused"));
        assertEquals("There is no place left in the cohort for this row.",
                preview.getJsonArray("rows").getJsonObject(6).getJsonArray("problems").getString(0));
        assertEquals(400, upload(trainer, cohort.path() + "/import", drivers(7, "C")).status());
        assertEquals(0, trainer.get(cohort.path()).object().getInt("enrolled"));
    }

    @Test
    default void filesThatAreNoListGetAClearMessage() throws Exception {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 5);
        assertEquals("The file has only the row of column names, and no people.",
                upload(trainer, cohort.path() + "/import/preview?lang=en", "Navn;Telefon\r\n").object().getString("problem"));
        assertTrue(upload(trainer, cohort.path() + "/import/preview?lang=en", "").object().getString("problem").startsWith("The file is empty"));
        HttpRequest latin1 = HttpRequest.newBuilder(URI.create(Broer.base() + cohort.path() + "/import/preview?lang=da"))
                .header("Content-Type", "text/csv").header("Origin", Broer.base().replaceAll("/$", ""))
                .header("Cookie", trainerCookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray("Navn\nSøren Ødegård\n".getBytes("windows-1252"))).build();
        String answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(latin1, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertTrue(answer.contains("Filen er ikke gemt som UTF-8"), answer);
        Http.Reply big = upload(trainer, cohort.path() + "/import/preview?lang=en", "Navn\n" + "x".repeat(1100 * 1024));
        assertEquals(413, big.status());
        assertEquals("What you sent is too large. The limit is 1,024 KB.", big.object().getString("detail"));
    }

    /** A raw request needs the cookie itself, which Http keeps to itself: a session of its own. */
    private static String trainerCookie() {
        Http.Reply reply = Broer.anonymous().post("api/session", "{\"username\":\"trainer\",\"password\":\"" + Broer.DEMO_PASSWORD + "\"}");
        return reply.header("Set-Cookie").split(";")[0];
    }

    @Test
    default void codeSlipsCarryFreshCodesThatSignIn() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        upload(trainer, cohort.path() + "/import", "Navn\nHodan Ali\nPiotr Wiśniewski\n");
        List<Long> ids = trainer.get(cohort.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("id").longValue()).toList();
        JsonArray slips = trainer.post(cohort.path() + "/slips", "{\"learners\":" + ids + "}").array();
        assertEquals(Set.of("Hodan Ali", "Piotr Wiśniewski"), slips.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).collect(Collectors.toSet()));
        JsonObject slip = slips.getJsonObject(0);
        assertEquals(Broer.base() + "resume#" + slip.getString("resumeCode"), slip.getString("resumeUrl"));
        assertTrue(slip.getString("qrSvg").startsWith("<svg"));
        Http phone = Broer.anonymous();
        assertEquals(200, phone.post("api/resume", "{\"code\":\"" + slip.getString("resumeCode") + "\"}").status());
        assertTrue(trainer.get(cohort.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getBoolean("hasDevice")), "a slip used once counts as a device");
        JsonObject reprint = trainer.post(cohort.path() + "/slips", "{\"learners\":[" + ids.get(0) + "]}").array().getJsonObject(0);
        assertFalse(reprint.getString("resumeCode").equals(slips.getJsonObject(0).getString("resumeCode")), "a reprint is a new code");
        assertEquals(400, trainer.post(cohort.path() + "/slips", "{\"learners\":[]}").status());
        assertEquals(400, trainer.post(cohort.path() + "/slips", "{\"learners\":[999999]}").status());
    }

    @Test
    default void coordinatorsFilterCohortsAndSeeAnOrganisationsLearners() {
        Http coordinator = Broer.demo("coordinator");
        JsonArray ended = coordinator.get("api/cohorts?status=ended").array();
        assertTrue(ended.size() >= 1);
        assertTrue(ended.getValuesAs(JsonObject.class).stream().allMatch(c -> c.getString("status").equals("ended")));
        JsonArray onBus = coordinator.get("api/cohorts?organisation=" + Fixtures.busCompany() + "&track=bus-drivers&district=valby").array();
        assertTrue(onBus.getValuesAs(JsonObject.class).stream().allMatch(c -> c.getJsonObject("district").getString("id").equals("valby")
                && c.getJsonObject("track").getString("id").equals("bus-drivers")));
        assertTrue(onBus.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("name").equals("Fjordlinjen Valby – morgenholdet")));
        JsonArray learners = coordinator.get("api/organisations/" + Fixtures.busCompany() + "/learners").array();
        assertTrue(learners.getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("name").equals("Ayşe Yılmaz")), "demo learners");
        assertTrue(learners.getValuesAs(JsonObject.class).stream().noneMatch(l -> l.getString("name").equals("Hodan Ali")
                && l.getJsonArray("cohorts").toString().contains("Havnelys")), "only this organisation's cohorts");
    }

    @Test
    default void mergingTwoRecordsOfOnePersonMovesTheirCohortsAndKeepsCountsTrue() {
        Http trainer = trainer();
        Http coordinator = Broer.demo("coordinator");
        TestCohorts.Made first = TestCohorts.create(trainer, 10);
        TestCohorts.Made second = TestCohorts.create(trainer, 10);
        Http phone = TestCohorts.newLearner(first.joinCode(), "Leila Farahani");
        phone.post("api/join/" + second.joinCode(), "{}");
        upload(trainer, second.path() + "/import", "Navn;Medarbejdernummer\nLeila Farahani;FJ-900\n");
        List<JsonObject> inSecond = trainer.get(second.path() + "/learners").array().getValuesAs(JsonObject.class);
        assertEquals(2, inSecond.size(), "the same person twice: once by phone, once from the list");
        long byPhone = inSecond.stream().filter(l -> l.getString("method").equals("join-code")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long fromList = inSecond.stream().filter(l -> l.getString("method").equals("import")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, trainer.post("api/learners/" + byPhone + "/merge", "{\"duplicate\":" + fromList + "}").status(), "coordinators merge");
        JsonObject merged = coordinator.post("api/learners/" + byPhone + "/merge", "{\"duplicate\":" + fromList + "}").object();
        assertEquals("Leila Farahani", merged.getString("name"));
        List<JsonObject> after = trainer.get(second.path() + "/learners").array().getValuesAs(JsonObject.class);
        assertEquals(1, after.size());
        assertEquals("FJ-900", after.get(0).getString("employeeNumber"), "the kept record takes what it lacked");
        assertEquals(1, trainer.get(second.path()).object().getInt("enrolled"), "the place is free again");
        assertEquals(2, phone.get("api/me").object().getJsonArray("cohorts").size(), "the person still has both cohorts");
        assertEquals(404, coordinator.post("api/learners/" + byPhone + "/merge", "{\"duplicate\":" + fromList + "}").status());
        assertEquals(400, coordinator.post("api/learners/" + byPhone + "/merge", "{\"duplicate\":" + byPhone + "}").status());
        assertEquals(1, Broer.demo("admin").get("api/audit?action=learner.merge&targetId=" + byPhone).object()
                .getJsonArray("entries").size());
    }
}
