package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluations: answered once, anonymous against an admin with the database open, results only at the threshold. */
interface EvaluationTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static Http coordinator() {
        return Callers.of("coordinator").orElseThrow();
    }

    private static List<JsonObject> list(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static JsonObject one(List<JsonObject> items, String key) {
        return items.stream().filter(i -> i.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + items));
    }

    /** Every row of a table, as an admin with the database open reads it (AdminsView, only in this deployment). */
    private static List<Map<String, String>> table(String name) {
        return list(Broer.anonymous().get("api/test-only/tables/" + name)).stream()
                .map(row -> row.keySet().stream().collect(Collectors.toMap(k -> k, k -> row.isNull(k) ? "" : row.getString(k),
                        (a, b) -> a, java.util.LinkedHashMap::new)))
                .map(m -> (Map<String, String>) m).toList();
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, String occasion) {
        return rows.stream().filter(r -> r.get("occasion_id").equals(occasion)).toList();
    }

    private static JsonObject result(String title) {
        return coordinator().get("api/reach/evaluations?lang=en").object().getJsonArray("occasions").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    @Test
    default void aLearnerAnswersTheTrackEvaluationOnceAndTheTrainerSeesOnlyHowMany() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Ali Hassan");
        Http notDone = TestCohorts.newLearner(cohort.joinCode(), "Bodil Krog");
        String key = "track-" + cohort.id();

        JsonObject offered = one(list(done.learner().get("api/me/evaluations?lang=da")), key);
        assertFalse(offered.getBoolean("answered"));
        assertEquals(LocalDate.now().plusDays(30 + 14).toString(), offered.getString("closesOn"), "14 days after the cohort ends");
        assertTrue(list(notDone.get("api/me/evaluations")).isEmpty(), "no evaluation before the track is completed");
        assertEquals(404, notDone.post("api/me/evaluations/" + key, TestEvaluations.answer("track", 4, null)).status());

        JsonObject english = done.learner().get("api/me/evaluations/" + key + "?lang=en").object();
        JsonObject questionnaire = english.getJsonObject("questionnaire");
        assertEquals("Taking part today has strengthened my sense of a Copenhagen community across differences",
                questionnaire.getJsonArray("items").getJsonObject(0).getString("text"));
        assertEquals(5, questionnaire.getJsonArray("scale").size());
        assertEquals("Strongly agree", questionnaire.getJsonArray("scale").getJsonObject(4).getString("label"));
        assertEquals("Min deltagelse i dag har styrket min oplevelse af et fællesskab i København på tværs af forskelle",
                done.learner().get("api/me/evaluations/" + key + "?lang=da").object().getJsonObject("questionnaire")
                        .getJsonArray("items").getJsonObject(0).getString("text"));

        Http.Reply answered = done.learner().post("api/me/evaluations/" + key, TestEvaluations.answer("track", 5, "Godt forløb"));
        assertEquals(201, answered.status(), answered.toString());
        Http.Reply again = done.learner().post("api/me/evaluations/" + key, TestEvaluations.answer("track", 1, null));
        assertEquals(409, again.status());
        assertTrue(again.object().getString("detail").contains("allerede"), again.toString());
        assertTrue(one(list(done.learner().get("api/me/evaluations")), key).getBoolean("answered"));

        JsonObject seen = one(list(trainer().get(cohort.path() + "/evaluations")), key);
        assertEquals(1, seen.getInt("answered"));
        assertEquals(1, seen.getInt("eligible"));
        assertFalse(seen.getBoolean("closed"));
        assertEquals(403, trainer().get("api/reach/evaluations").status(), "results only through the reach report");
    }

    @Test
    default void anAnswerIsCheckedFieldByFieldAndNothingIsKeptWhenItIsWrong() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Carla Mendes");
        String path = "api/me/evaluations/track-" + cohort.id();
        Http.Reply wrong = done.learner().post(path, "{\"scores\":{\"community\":6,\"useful\":3,\"extra\":2},\"comment\":\""
                + "x".repeat(1001) + "\"}", "Accept-Language", "en");
        assertEquals(400, wrong.status());
        assertEquals("Choose an answer from 1 to 5.", wrong.fieldError("scores.community"));
        assertEquals("Choose an answer from 1 to 5.", wrong.fieldError("scores.confidence"), "missing");
        assertEquals("This evaluation has no such question.", wrong.fieldError("scores.extra"));
        assertEquals("At most 1,000 characters here.", wrong.fieldError("comment"));
        Http.Reply cpr = done.learner().post(path, TestEvaluations.answer("track", 3, "Ring på 010190-1234"));
        assertEquals(400, cpr.status());
        assertFalse(cpr.fieldError("comment").isEmpty());
        assertEquals(0, one(list(trainer().get(cohort.path() + "/evaluations")), "track-" + cohort.id()).getInt("answered"),
                "nothing kept");
        assertEquals(400, done.learner().post(path, "").status());
    }

    @Test
    default void aMeetingIsEvaluatedByThoseWhoCouldHaveBeenThere() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        Http present = TestCohorts.newLearner(cohort.joinCode(), "Dina Present");
        Http unmarked = TestCohorts.newLearner(cohort.joinCode(), "Emil Unmarked");
        Http.Reply meeting = trainer().post(cohort.path() + "/meetings", "{\"date\":\"" + LocalDate.now().minusDays(1)
                + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\",\"place\":\"Depotet\"}");
        assertEquals(201, meeting.status(), meeting.toString());
        long meetingId = meeting.object().getJsonNumber("id").longValue();
        long presentId = present.get("api/session").object().getJsonNumber("id").longValue();
        assertEquals(200, trainer().put(cohort.path() + "/meetings/" + meetingId + "/attendance/" + presentId,
                "{\"present\":true}").status());

        String key = "meeting-" + meetingId;
        assertTrue(list(unmarked.get("api/me/evaluations")).isEmpty(), "joined after the meeting and not on its sheet");
        JsonObject offered = one(list(present.get("api/me/evaluations?lang=en")), key);
        assertTrue(offered.getString("title").startsWith("The meeting on "), offered.toString());
        assertTrue(offered.getString("title").endsWith(", Depotet"), offered.toString());
        assertEquals(201, present.post("api/me/evaluations/" + key, TestEvaluations.answer("meeting", 4, null)).status());
        JsonObject seen = one(list(trainer().get(cohort.path() + "/evaluations")), key);
        assertEquals(1, seen.getInt("answered"));
        assertEquals(1, seen.getInt("eligible"));

        JsonObject closed = trainer().post(cohort.path() + "/evaluations/" + key + "/close", "{}").object();
        assertTrue(closed.getBoolean("closed"));
        assertTrue(list(present.get("api/me/evaluations")).isEmpty(), "a closed evaluation is not offered");
        assertEquals(404, present.post("api/me/evaluations/" + key, TestEvaluations.answer("meeting", 4, null)).status());
        assertEquals(404, Callers.of("other-trainer").orElseThrow().get(cohort.path() + "/evaluations").status());
    }

    @Test
    default void aVisitorAnswersThroughTheActivitysLinkOncePerParticipant() {
        TestEvaluations.Linked event = TestEvaluations.activity(coordinator(), 3);
        JsonObject view = coordinator().get("api/activities/" + event.id()).object();
        assertEquals(Broer.base() + "answer#" + event.token(), view.getString("link"), "the token only in the fragment");
        assertEquals(List.of("Horesta", "Wonderful Copenhagen"), view.getJsonArray("partners").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(coordinator().get("api/activities/" + event.id() + "/qr.svg").body().startsWith("<svg"));

        Http visitor = Broer.anonymous();
        JsonObject opened = visitor.post("api/evaluations/link?lang=en", "{\"token\":\"" + event.token() + "\"}").object();
        assertEquals("activity", opened.getString("kind"));
        assertEquals("met-others", opened.getJsonObject("questionnaire").getJsonArray("items").getJsonObject(1).getString("id"));
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Broer.anonymous().post("api/evaluations/link/answers",
                    TestEvaluations.linkAnswer(event.token(), "activity", 5)).status());
        }
        Http.Reply full = visitor.post("api/evaluations/link/answers", TestEvaluations.linkAnswer(event.token(), "activity", 5));
        assertEquals(409, full.status(), "as many answers as participants, no more");
        assertEquals(404, visitor.post("api/evaluations/link", "{\"token\":\"" + event.token() + "x\"}").status());
        assertEquals(404, visitor.post("api/evaluations/link/answers", TestEvaluations.linkAnswer("guess", "activity", 5)).status());

        Http.Reply fewer = coordinator().put("api/activities/" + event.id(), TestEvaluations.activity("Testdag",
                LocalDate.now().minusDays(1), LocalDate.now(), 2));
        assertEquals(400, fewer.status());
        assertFalse(fewer.fieldError("participants").isEmpty());
        JsonObject more = coordinator().put("api/activities/" + event.id(), TestEvaluations.activity("Testdag, rettet",
                LocalDate.now().minusDays(1), LocalDate.now(), 4)).object();
        assertEquals(3, more.getJsonObject("answers").getInt("online"));
        assertEquals(201, visitor.post("api/evaluations/link/answers", TestEvaluations.linkAnswer(event.token(), "activity", 4)).status());

        assertTrue(coordinator().post("api/activities/" + event.id() + "/close", "{}").object().getBoolean("closed"));
        assertEquals(404, visitor.post("api/evaluations/link", "{\"token\":\"" + event.token() + "\"}").status(), "closed");
        JsonObject result = result("Testdag, rettet");
        assertFalse(result.containsKey("answers"), "4 answers are under the threshold: not even the count");
        assertEquals(5, result.getInt("fewerThan"));
        assertFalse(result.containsKey("comments"));
        assertTrue(result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.containsKey("share") || i.containsKey("agree")));
    }

    @Test
    default void aCoordinatorTypesIn120PaperFormsFromTasteTheWorldEachOnce() {
        // Recorded six weeks after the event: the forms can still be typed in for 30 days from now.
        TestEvaluations.Linked event = TestEvaluations.activity(coordinator(), "Taste the World " + System.nanoTime(),
                LocalDate.now().minusDays(43), LocalDate.now().minusDays(42), 350);
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).plusDays(30).toString(),
                coordinator().get("api/activities/" + event.id()).object()
                .getString("closesOn"));
        String forms = "api/activities/" + event.id() + "/paper-forms";
        for (int form = 1; form <= 120; form++) {
            int community = form % 10 == 0 ? 2 : 5;
            String body = "{\"form\":" + form + "," + TestEvaluations.answer(List.of(community, 4, 4), "activity",
                    form % 40 == 0 ? "Skema " + form : null).substring(1);
            assertEquals(201, coordinator().post(forms, body).status(), "form " + form);
        }
        Http.Reply twice = coordinator().post(forms, "{\"form\":17," + TestEvaluations.answer("activity", 5, null).substring(1),
                "Accept-Language", "en");
        assertEquals(409, twice.status());
        assertEquals("Paper form 17 has already been typed in. Each form counts once.", twice.object().getString("detail"));
        Http.Reply noNumber = coordinator().post(forms, TestEvaluations.answer("activity", 5, null), "Accept-Language", "en");
        assertEquals(400, noNumber.status());
        assertFalse(noNumber.fieldError("form").isEmpty());
        assertEquals(IntStream.rangeClosed(1, 120).boxed().toList(), coordinator().get(forms).object().getJsonArray("typed")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        JsonObject answers = coordinator().get("api/activities/" + event.id()).object().getJsonObject("answers");
        assertEquals(120, answers.getInt("paper"));
        assertEquals(120, answers.getInt("total"));

        String title = coordinator().post("api/activities/" + event.id() + "/close", "{}").object().getString("title");
        JsonObject result = result(title);
        assertEquals(120, result.getInt("answers"));
        JsonObject community = result.getJsonArray("items").getJsonObject(0);
        assertTrue(community.getBoolean("target"));
        assertEquals(108, community.getInt("agree"));
        assertEquals(90, community.getInt("share"));
        assertEquals(List.of("Skema 120", "Skema 40", "Skema 80"), result.getJsonArray("comments")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    default void anActivityIsCheckedFieldByFieldAndNothingIsSaved() {
        int before = list(coordinator().get("api/activities")).size();
        Http.Reply wrong = coordinator().post("api/activities", "{\"kind\":\"party\",\"title\":\" \",\"startsOn\":\"2026-09-12\","
                + "\"endsOn\":\"2026-09-11\",\"district\":\"atlantis\",\"participants\":0}", "Accept-Language", "en");
        assertEquals(400, wrong.status());
        assertEquals("Choose event or campaign.", wrong.fieldError("kind"));
        assertEquals("Fill this in.", wrong.fieldError("title"));
        assertEquals("The last day cannot be before the first.", wrong.fieldError("endsOn"));
        assertEquals("Choose one of Copenhagen's districts.", wrong.fieldError("district"));
        assertEquals("Give a whole number from 1 to 1,000,000.", wrong.fieldError("participants"));
        assertEquals(before, list(coordinator().get("api/activities")).size());
        assertEquals(404, coordinator().get("api/activities/999999").status());
    }

    @Test
    default void theConsultancyEvaluationAsksTheSeventyFivePercentItemThroughItsLink() {
        Http.Reply future = coordinator().post("api/consultancies", "{\"givenOn\":\"" + LocalDate.now().plusDays(3)
                + "\",\"recipient\":\"En forening\",\"district\":\"valby\",\"people\":0}", "Accept-Language", "en");
        assertEquals(400, future.status());
        assertEquals("Record the consultancy once the advice has been given.", future.fieldError("givenOn"));
        assertFalse(future.fieldError("people").isEmpty());

        TestEvaluations.Linked advice = TestEvaluations.consultancy(coordinator(), "Personalet i en rådgivningstest", 5);
        JsonObject opened = Broer.anonymous().post("api/evaluations/link?lang=da", "{\"token\":\"" + advice.token() + "\"}").object();
        assertEquals("consultancy", opened.getString("kind"));
        assertEquals("Rådgivningen har styrket mig i mit arbejde med at fremme inklusion i praksis",
                opened.getJsonObject("questionnaire").getJsonArray("items").getJsonObject(0).getString("text"));
        List<Integer> strengthened = List.of(5, 4, 4, 2, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(201, Broer.anonymous().post("api/evaluations/link/answers", "{\"token\":\"" + advice.token() + "\","
                    + TestEvaluations.answer(List.of(strengthened.get(i), 3, 3), "consultancy", "Råd " + i).substring(1)).status());
        }
        assertEquals(409, Broer.anonymous().post("api/evaluations/link/answers",
                TestEvaluations.linkAnswer(advice.token(), "consultancy", 5)).status(), "one answer per person advised");
        assertEquals(5, coordinator().get("api/consultancies/" + advice.id()).object().getInt("answers"));
        assertTrue(coordinator().post("api/consultancies/" + advice.id() + "/close", "{}").object().getBoolean("closed"));

        JsonObject result = result("Personalet i en rådgivningstest");
        assertEquals(5, result.getInt("answers"), "at the threshold the results show");
        assertEquals(80, result.getJsonArray("items").getJsonObject(0).getInt("share"));
        assertEquals(5, result.getJsonArray("comments").size());
    }

    @Test
    default void anAdminWithTheDatabaseOpenCannotLinkAnAnswerToALearnerInACohortOfSix() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 6);
        String key = "track-" + cohort.id();
        List<TestCertificates.Completed> six = IntStream.range(0, 6)
                .mapToObj(i -> TestCertificates.completed(trainer(), cohort, "Anonym Deltager " + i)).toList();
        // Learner i writes "Svar F", "Svar E", ... "Svar A": each answer is told apart by its comment, the truth the
        // attacker tries to recover. They answer in the reverse of their answers' own order.
        Map<String, Long> truth = new java.util.HashMap<>();
        for (int i = 0; i < 6; i++) {
            String comment = "Svar " + (char) ('F' - i);
            truth.put(comment, six.get(i).learnerId());
            assertEquals(201, six.get(i).learner().post("api/me/evaluations/" + key, TestEvaluations.answer("track", 4, comment))
                    .status());
        }

        // Before the occasion closes: the marks say who answered, the held answers are unreadable.
        String occasion = table("evaluation_occasion").stream()
                .filter(o -> o.get("kind").equals("TRACK") && o.get("subject_id").equals(String.valueOf(cohort.id())))
                .findFirst().orElseThrow().get("id");
        List<Map<String, String>> marks = of(table("evaluation_mark"), occasion);
        List<Map<String, String>> held = of(table("evaluation_held"), occasion);
        assertEquals(6, marks.size());
        assertEquals(Set.of("occasion_id", "enrolment_id"), columns(marks.get(0)), "a mark has no time and no id of its own");
        assertEquals(6, held.size());
        assertEquals(1, held.stream().map(h -> h.get("sealed").length()).distinct().count(), "one length, whatever the comment");
        for (Map<String, String> h : held) {
            String bytes = new String(Base64.getDecoder().decode(h.get("sealed")), StandardCharsets.ISO_8859_1);
            assertFalse(String.join("|", h.values()).contains("Svar") || bytes.contains("Svar"), "sealed");
        }
        assertTrue(of(table("evaluation_answer"), occasion).isEmpty(), "nothing readable before the occasion closes");
        String staffView = trainer().get(cohort.path() + "/evaluations").body() + coordinator().get(cohort.path() + "/evaluations").body();
        assertFalse(staffView.contains("Svar") || staffView.contains("Anonym"), "staff see how many, never who or what");

        assertTrue(trainer().post(cohort.path() + "/evaluations/" + key + "/close", "{}").object().getBoolean("closed"));

        // After: the answers are readable, the marks and held rows are gone.
        assertTrue(of(table("evaluation_mark"), occasion).isEmpty(), "no mark outlives the occasion");
        assertTrue(of(table("evaluation_held"), occasion).isEmpty());
        List<Map<String, String>> answers = of(table("evaluation_answer"), occasion);
        assertEquals(6, answers.size());
        assertTrue(Set.of("id", "occasion_id", "week", "comment_text").containsAll(columns(answers.get(0))),
                "no time but the week, no person: " + answers.get(0).keySet());
        assertEquals(1, answers.stream().map(a -> a.get("week")).distinct().count(), "the occasion's week, the same for all");

        // Attack by ids: an answer's id appears nowhere the admin saw before.
        Set<String> seenBefore = new HashSet<>();
        marks.forEach(m -> seenBefore.addAll(m.values()));
        held.forEach(h -> seenBefore.addAll(h.values()));
        answers.forEach(a -> {
            assertTrue(a.get("id").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), "a random UUID");
            assertFalse(seenBefore.contains(a.get("id")));
        });
        // Attack by order: pair the marks, in the order they were written, with the answers in stored order.
        Map<String, Long> learnerOfEnrolment = table("enrolment").stream()
                .collect(Collectors.toMap(e -> e.get("id"), e -> Long.valueOf(e.get("learner_id"))));
        List<String> stored = answers.stream().map(a -> a.get("comment_text")).toList();
        assertEquals(stored.stream().sorted().toList(), stored, "stored in the order of their content, not of their answering");
        int linked = 0;
        for (int i = 0; i < 6; i++) {
            if (learnerOfEnrolment.get(marks.get(i).get("enrolment_id")).equals(truth.get(stored.get(i)))) {
                linked++;
            }
        }
        assertEquals(0, linked, "the order of the marks tells nothing about the answers");
        // Attack by transaction (PostgreSQL shows it): all six were written by one transaction, none by a mark's.
        if (answers.get(0).containsKey("xmin")) {
            assertEquals(1, answers.stream().map(a -> a.get("xmin")).distinct().count());
            Set<String> markTransactions = marks.stream().map(m -> m.get("xmin")).collect(Collectors.toSet());
            assertFalse(markTransactions.contains(answers.get(0).get("xmin")));
        }
        List<String> scores = new ArrayList<>();
        Set<String> ids = answers.stream().map(a -> a.get("id")).collect(Collectors.toSet());
        table("evaluation_score").stream().filter(s -> ids.contains(s.get("answer_id"))).forEach(s -> scores.add(s.get("score")));
        assertEquals(18, scores.size());
        assertTrue(scores.stream().allMatch("4"::equals));
    }

    private static Set<String> columns(Map<String, String> row) {
        Set<String> columns = new HashSet<>(row.keySet());
        columns.removeAll(Set.of("xmin", "ctid"));
        return columns;
    }

    @Test
    default void theDemoShowsTargetsMetNotMetAndTooFewAnswers() {
        JsonObject taste = result("Internationale Dage – Taste the World");
        assertEquals(118, taste.getInt("answers"));
        assertEquals(86, share(taste), "met");
        assertEquals(69, share(result("Byens Stemmer")), "not met");
        assertEquals(75, share(result("Personalet i et supermarked på Amagerbrogade")), "the 75 % target met");
        JsonObject board = result("Bestyrelsen i en boligforening i Tingbjerg");
        assertFalse(board.containsKey("answers"), "too few answers");
        assertEquals(5, board.getInt("fewerThan"));
        Http trainer = Broer.demo("trainer");
        long valby = TestCohorts.demo(trainer, "Fjordlinjen Valby – morgenholdet");
        JsonObject meeting = list(trainer.get("api/cohorts/" + valby + "/evaluations")).stream()
                .filter(e -> e.getString("kind").equals("meeting")).findFirst().orElseThrow();
        assertEquals(4, meeting.getInt("answered"), "yesterday's meeting: four answers held until it closes");
        assertFalse(meeting.getBoolean("closed"));
    }

    private static int share(JsonObject result) {
        return result.getJsonArray("items").getJsonObject(0).getInt("share");
    }
}
