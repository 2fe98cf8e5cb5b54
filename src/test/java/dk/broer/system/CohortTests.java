package dk.broer.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohorts, join codes, joining without e-mail, resume codes, meetings and their notices. */
interface CohortTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    @Test
    default void aTrainerCreatesACohortWithACodeTheyCanShowAndTrainsIt() {
        Http trainer = trainer();
        TestCohorts.Made made = TestCohorts.create(trainer, 25);
        JsonObject cohort = trainer.get(made.path() + "?lang=en").object();
        assertTrue(cohort.getString("joinCode").matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), cohort.toString());
        assertEquals(Broer.base() + "join/" + cohort.getString("joinCode"), cohort.getString("joinUrl"));
        assertEquals("open", cohort.getString("status"));
        assertEquals("Bus drivers", cohort.getJsonObject("track").getString("title"));
        assertEquals("bus-driver", cohort.getJsonObject("audience").getString("id"), "the track's audience by default");
        long trainerId = trainer.get("api/session").object().getJsonNumber("id").longValue();
        assertEquals(trainerId, cohort.getJsonArray("trainers").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(trainer.get("api/cohorts").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == made.id()));
        Http other = Callers.of("other-trainer").orElseThrow();
        assertEquals(404, other.get(made.path()).status(), "another trainer's cohort is not there for them");
        assertFalse(other.get("api/cohorts").body().contains(cohort.getString("joinCode")));
        assertEquals(200, Broer.demo("coordinator").get(made.path()).status(), "coordinators see every cohort");
        assertEquals(1, Broer.demo("admin").get("api/audit?action=cohort.create&targetId=" + made.id()).object()
                .getJsonArray("entries").size());
    }

    @Test
    default void badCohortDetailsNameEveryField() {
        Http.Reply reply = trainer().post("api/cohorts?lang=en", "{\"name\":\"\",\"trackId\":\"no-such\",\"districtCode\":\"mars\","
                + "\"startsOn\":\"2027-02-01\",\"endsOn\":\"2027-01-01\",\"capacity\":0}");
        assertEquals(400, reply.status());
        for (String field : List.of("name", "organisationId", "trackId", "districtCode", "endsOn", "capacity")) {
            assertFalse(reply.fieldError(field).isEmpty(), field + " in " + reply);
        }
        assertEquals("There is no track 'no-such'.", reply.fieldError("trackId"));
        Http.Reply coordinator = Broer.demo("coordinator").post("api/cohorts?lang=da", "{\"name\":\"Uden underviser\",\"organisationId\":"
                + Fixtures.busCompany() + ",\"trackId\":\"bus-drivers\",\"districtCode\":\"valby\",\"startsOn\":\"2027-01-01\","
                + "\"endsOn\":\"2027-02-01\",\"capacity\":10}");
        assertEquals("Vælg mindst én underviser.", coordinator.fieldError("trainers"), "a coordinator names the trainers");
    }

    @Test
    default void aLearnerJoinsWithTheCodeAndNothingElseAndIsSignedInOnThatPhone() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 25);
        Http stranger = Broer.anonymous();
        JsonObject info = stranger.get("api/join/" + cohort.joinCode().toLowerCase().replace("-", "%20") + "?lang=en").object();
        assertEquals("Fjordlinjen Bus A/S", info.getJsonObject("cohort").getString("organisation"));
        assertTrue(info.getJsonObject("cohort").getBoolean("takesPeople"));
        assertFalse(info.getJsonObject("privacy").getString("controller").isBlank());
        assertFalse(info.containsKey("you"), "nobody is signed in on a new phone");
        assertFalse(info.toString().contains("enrolled"), "a stranger with the code learns nothing about who is in it");

        Http.Reply joined = stranger.post("api/join/" + cohort.joinCode(), "{\"name\":\"  Nguyễn Thị Lan \",\"phone\":\"20 30 40 50\"}");
        assertEquals(201, joined.status(), joined.toString());
        String code = joined.object().getString("resumeCode");
        assertTrue(code.matches("\\w{5}-\\w{5}-\\w{5}"), code);
        assertEquals(Broer.base() + "resume#" + code, joined.object().getString("resumeUrl"), "the code goes in the fragment");
        assertTrue(joined.header("Set-Cookie").startsWith("broer-session="), "signed in on this device");
        JsonObject me = stranger.get("api/me?lang=en").object();
        assertEquals("Nguyễn Thị Lan", me.getString("name"));
        assertEquals(cohort.id(), me.getJsonArray("cohorts").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("welcome-to-everyone", me.getJsonArray("cohorts").getJsonObject(0).getJsonObject("track")
                .getJsonArray("modules").getJsonObject(0).getString("id"));
        JsonObject you = stranger.get("api/join/" + cohort.joinCode()).object();
        assertEquals("Nguyễn Thị Lan", you.getJsonObject("you").getString("name"), "\"You are … – not you?\"");
        assertEquals(1, trainer().get(cohort.path()).object().getInt("enrolled"));
    }

    @Test
    default void joiningTheSameCohortTwiceChangesNothingAndASecondCohortAddsAnEnrolment() {
        Http trainer = trainer();
        TestCohorts.Made first = TestCohorts.create(trainer, 25);
        TestCohorts.Made second = TestCohorts.create(trainer, 25);
        Http phone = TestCohorts.newLearner(first.joinCode(), "Abdirahman Warsame");
        Http.Reply again = phone.post("api/join/" + first.joinCode(), "{}");
        assertEquals(200, again.status());
        assertTrue(again.object().getBoolean("already"));
        assertFalse(again.object().containsKey("resumeCode"), "no new code for someone already in");
        Http.Reply other = phone.post("api/join/" + second.joinCode(), "{}");
        assertEquals(201, other.status());
        assertEquals(2, phone.get("api/me").object().getJsonArray("cohorts").size());
        assertEquals(1, trainer.get(first.path() + "/learners").array().size());
        assertEquals(1, trainer.get(second.path() + "/learners").array().size(), "the same learner, not a second one");
    }

    @Test
    default void aFullClosedOrEndedCohortOrAWrongCodeSaysSoPlainly() {
        Http trainer = trainer();
        TestCohorts.Made small = TestCohorts.create(trainer, 1);
        TestCohorts.newLearner(small.joinCode(), "Katarzyna Nowak");
        Http.Reply full = Broer.anonymous().post("api/join/" + small.joinCode() + "?lang=en", "{\"name\":\"Piotr\"}");
        assertEquals(409, full.status());
        assertEquals("This course is full. Ask your trainer.", full.object().getString("detail"));
        assertEquals("full", Broer.anonymous().get("api/join/" + small.joinCode()).object().getJsonObject("cohort").getString("status"));

        TestCohorts.Made closing = TestCohorts.create(trainer, 10);
        trainer.post(closing.path() + "/joining/close", "{}");
        assertEquals("Der er lukket for tilmelding til kurset. Spørg din underviser.",
                Broer.anonymous().post("api/join/" + closing.joinCode() + "?lang=da", "{\"name\":\"Emre\"}").object().getString("detail"));
        trainer.post(closing.path() + "/joining/open", "{}");
        assertEquals(201, TestCohorts.join(Broer.anonymous(), closing.joinCode(), "Emre").status());

        TestCohorts.Made ended = TestCohorts.create(trainer, 10, LocalDate.now().minusDays(40), LocalDate.now().minusDays(10));
        assertEquals("This course has ended. Nobody can join it any more.",
                Broer.anonymous().post("api/join/" + ended.joinCode() + "?lang=en", "{\"name\":\"Late\"}").object().getString("detail"));

        Http.Reply wrong = Broer.anonymous().get("api/join/ZZZZ-ZZZZ-ZZZZ?lang=en");
        assertEquals(404, wrong.status());
        assertEquals("Unknown code", wrong.object().getString("title"));
    }

    @Test
    default void aRotatedCodeStopsTheOldOne() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        String fresh = trainer.post(cohort.path() + "/join-code", "{}").object().getString("joinCode");
        assertFalse(fresh.equals(cohort.joinCode()));
        assertEquals(404, Broer.anonymous().get("api/join/" + cohort.joinCode()).status());
        assertEquals(200, Broer.anonymous().get("api/join/" + fresh).status());
    }

    @Test
    default void wrongCodesAreThrottledPerAddressButRightOnesNeverCount() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 100);
        Http venue = Broer.anonymous();
        for (int i = 0; i < 30; i++) {
            assertEquals(201, venue.post("api/join/" + cohort.joinCode(), "{\"name\":\"Doorman " + i + "\"}").status());
            venue.delete("api/session");
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(404, venue.get("api/join/AAAA-AAAA-AA" + (char) ('A' + i % 20) + "A").status());
        }
        Http.Reply throttled = venue.get("api/join/" + cohort.joinCode());
        assertEquals(429, throttled.status(), "past the failures, even the right code waits: " + throttled);
        assertEquals(200, Broer.anonymous().get("api/join/" + cohort.joinCode()).status(), "another address is not affected");
    }

    @Test
    default void badJoinInputNamesTheFieldAndSavesNothing() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        Http phone = Broer.anonymous();
        Http.Reply empty = phone.post("api/join/" + cohort.joinCode() + "?lang=da", "{\"name\":\" \"}");
        assertEquals(400, empty.status());
        assertEquals("Skriv dit navn, som du vil have det på dit bevis.", empty.fieldError("name"));
        Http.Reply cpr = phone.post("api/join/" + cohort.joinCode() + "?lang=en", "{\"name\":\"Ole\",\"employeeNumber\":\"010203-1234\"}");
        assertEquals("This looks like a CPR number. Broer never stores CPR numbers, so leave it out.", cpr.fieldError("employeeNumber"));
        assertEquals(400, phone.post("api/join/" + cohort.joinCode(), "{\"name\":\"" + "x".repeat(151) + "\"}").status());
        assertEquals(400, phone.post("api/join/" + cohort.joinCode(), "{\"name\":").status());
        assertEquals(0, trainer.get(cohort.path()).object().getInt("enrolled"));
        assertEquals("", cpr.header("Set-Cookie"), "nobody was signed in");
    }

    @Test
    default void namesInAnyScriptAndHostileOnesShowExactlyAsTyped() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        List<String> names = List.of("محمد الأحمد", "Şahin Öztürk", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")");
        for (String name : names) {
            assertEquals(201, TestCohorts.join(Broer.anonymous(), cohort.joinCode(), name).status(), name);
        }
        assertEquals(names, trainer.get(cohort.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("name")).toList());
    }

    @Test
    default void theResumeCodeSignsInOnAnotherDeviceAndAReissuedOneReplacesIt() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        Http phone = Broer.anonymous();
        String code = TestCohorts.join(phone, cohort.joinCode(), "Fatima El-Amin").object().getString("resumeCode");
        Http laptop = Broer.anonymous();
        assertEquals(401, laptop.get("api/me").status());
        Http.Reply resumed = laptop.post("api/resume", "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\"}");
        assertEquals(200, resumed.status(), resumed.toString());
        assertEquals("Fatima El-Amin", laptop.get("api/me").object().getString("name"));

        long learner = trainer.get(cohort.path() + "/learners").array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject reissued = trainer.post(cohort.path() + "/learners/" + learner + "/resume-code", "{}").object();
        assertFalse(reissued.getString("resumeCode").equals(code));
        assertEquals(Broer.base() + "resume#" + reissued.getString("resumeCode"), reissued.getString("resumeUrl"));
        assertEquals(401, phone.get("api/me").status(), "the learner's sessions end with the old code");
        assertEquals(401, laptop.get("api/me").status());
        assertEquals(404, Broer.anonymous().post("api/resume", "{\"code\":\"" + code + "\"}").status());
        assertEquals(200, Broer.anonymous().post("api/resume", "{\"code\":\"" + reissued.getString("resumeCode") + "\"}").status());
        assertEquals(1, Broer.demo("admin").get("api/audit?action=learner.resume-code-reissue&targetId=" + learner)
                .object().getJsonArray("entries").size());
    }

    @Test
    default void wrongResumeCodesAreThrottledPerAddress() {
        Http guesser = Broer.anonymous();
        for (int i = 0; i < 10; i++) {
            assertEquals(404, guesser.post("api/resume", "{\"code\":\"AAAAA-AAAAA-AAAA" + (char) ('A' + i) + "\"}").status());
        }
        assertEquals(429, guesser.post("api/resume", "{\"code\":\"AAAAA-AAAAA-AAAAZ\"}").status());
    }

    @Test
    default void notMeSignsTheTabletOutSoTheNextPersonJoinsAsThemselves() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        Http tablet = TestCohorts.newLearner(cohort.joinCode(), "Omar Haddad");
        assertEquals(204, tablet.delete("api/session").status());
        JsonObject info = tablet.get("api/join/" + cohort.joinCode()).object();
        assertFalse(info.containsKey("you"), info.toString());
        assertEquals(201, TestCohorts.join(tablet, cohort.joinCode(), "Sigrid Joensen").status());
        assertEquals("Sigrid Joensen", tablet.get("api/me").object().getString("name"));
        assertEquals(2, trainer().get(cohort.path()).object().getInt("enrolled"));
    }

    @Test
    default void aTrainerAddsAndRemovesLearnersByHand() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 2);
        JsonObject added = trainer.post(cohort.path() + "/learners", "{\"name\":\"Jógvan Poulsen\",\"employeeNumber\":\"FJ-112\"}").object();
        assertEquals("by-hand", added.getJsonObject("learner").getString("method"));
        String code = added.getString("resumeCode");
        assertEquals(200, Broer.anonymous().post("api/resume", "{\"code\":\"" + code + "\"}").status(), "the code the trainer hands over works");
        long id = added.getJsonObject("learner").getJsonNumber("id").longValue();
        assertEquals(204, trainer.delete(cohort.path() + "/learners/" + id).status());
        assertEquals(0, trainer.get(cohort.path()).object().getInt("enrolled"), "the place is free again");
        assertEquals(404, trainer.delete(cohort.path() + "/learners/" + id).status());
        assertEquals(400, trainer.post(cohort.path() + "/learners?lang=en", "{\"name\":\"\"}").status());
    }

    @Test
    default void whenAMeetingMovesOrIsCancelledTheLearnersSeeANotice() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        long first = TestCohorts.firstMeetingOrAdd(trainer, cohort);
        long second = TestCohorts.firstMeetingOrAdd(trainer, cohort);
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Henrik Ødegård");
        assertEquals(0, learner.get("api/me").object().getJsonArray("cohorts").getJsonObject(0).getJsonArray("notices").size());
        String moved = LocalDate.now().plusDays(4).toString();
        JsonObject meeting = trainer.put(cohort.path() + "/meetings/" + first, "{\"date\":\"" + moved
                + "\",\"startTime\":\"10:00\",\"endTime\":\"12:00\",\"place\":\"Kantinen\"}").object();
        assertEquals("10:00", meeting.getJsonObject("when").getString("startTime"), "Copenhagen time, as typed");
        assertEquals("09:00", meeting.getJsonObject("before").getJsonObject("when").getString("startTime"));
        trainer.post(cohort.path() + "/meetings/" + second + "/cancel", "{}");
        JsonArray notices = learner.get("api/me").object().getJsonArray("cohorts").getJsonObject(0).getJsonArray("notices");
        assertEquals(Set.of("moved", "cancelled"), notices.getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind"))
                .collect(Collectors.toSet()));
        assertEquals(409, trainer.put(cohort.path() + "/meetings/" + second, "{\"date\":\"" + moved
                + "\",\"startTime\":\"10:00\",\"endTime\":\"12:00\",\"place\":\"X\"}").status(), "a cancelled meeting stays cancelled");
        Http.Reply outside = trainer.put(cohort.path() + "/meetings/" + first + "?lang=en", "{\"date\":\"2031-01-01\","
                + "\"startTime\":\"10:00\",\"endTime\":\"09:00\",\"place\":\"\"}");
        assertEquals(400, outside.status());
        assertTrue(outside.fieldError("date").startsWith("The meeting must be within the cohort's dates"), outside.toString());
        assertFalse(outside.fieldError("endTime").isEmpty());
        assertFalse(outside.fieldError("place").isEmpty());
    }

    @Test
    default void theQrCodeOpensTheJoinPageAndThePageLoadsAtItsNestedAddress() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        Http.Reply qr = Broer.anonymous().get("api/join/" + cohort.joinCode() + "/qr");
        assertEquals(200, qr.status());
        assertTrue(qr.contentType().startsWith("image/svg+xml"), qr.contentType());
        assertTrue(qr.body().startsWith("<svg") && qr.body().contains("aria-label="), qr.body().substring(0, 200));
        Http.Reply page = Broer.anonymous().get("join/" + cohort.joinCode());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<base href=\"/\">") && page.body().contains("js/join.js"), "styles and scripts load from the root");
    }

    @Test
    default void twoHundredPeopleJoiningAtOnceFillExactlyTheCapacity() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 150);
        Map<Integer, Long> statuses = joinAtOnce(cohort.joinCode(), 200);
        assertEquals(Map.of(201, 150L, 409, 50L), statuses, "no 5xx, and the rest are told it is full");
        assertEquals(150, trainer.get(cohort.path()).object().getInt("enrolled"));
        JsonArray learners = trainer.get(cohort.path() + "/learners").array();
        assertEquals(150, learners.size());
        assertEquals(150, learners.getValuesAs(JsonObject.class).stream().map(l -> l.getString("name")).distinct().count(),
                "no duplicates");

        TestCohorts.Made roomy = TestCohorts.create(trainer, 300);
        assertEquals(Map.of(201, 200L), joinAtOnce(roomy.joinCode(), 200));
        assertEquals(200, trainer.get(roomy.path() + "/learners").array().size());
    }

    private static Map<Integer, Long> joinAtOnce(String code, int people) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> joins = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Broer.base() + "api/join/" + code))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "198.19.1." + (i % 250 + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Samtidig " + i + "\"}")).build();
            joins.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return joins.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }
}
