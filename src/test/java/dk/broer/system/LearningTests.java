package dk.broer.system;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.content.entity.Track;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learning and completion: attempts, passing, attendance, completion the moment the rules are met, the follow-up. */
interface LearningTests {

    Catalogue LIBRARY = Broer.content();

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    /** Every question answered right, or with only wrong options. */
    static String sheet(ModuleText text, boolean right) {
        return "{\"answers\":[" + text.questions().stream().map(q -> {
            Set<Integer> chosen = right ? q.correctOptions() : Set.of(q.options().stream()
                    .filter(o -> !o.correct()).findFirst().orElseThrow().index());
            return "{\"question\":\"" + q.id() + "\",\"selected\":" + chosen.stream().map(String::valueOf)
                    .collect(Collectors.joining(",", "[", "]")) + "}";
        }).collect(Collectors.joining(",")) + "]}";
    }

    static Http.Reply answer(Http learner, String module, boolean right) {
        ModuleText text = LIBRARY.module(module).orElseThrow().in("da");
        return learner.post("api/modules/" + module + "/answers?lang=da", sheet(text, right));
    }

    private static JsonObject myCohort(Http learner, long cohortId) {
        return learner.get("api/me?lang=en").object().getJsonArray("cohorts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == cohortId).findFirst().orElseThrow();
    }

    private static String state(JsonObject cohort, String module) {
        return cohort.getJsonObject("track").getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(module)).findFirst().orElseThrow().getString("state");
    }

    private static TestCohorts.Made cohort(String track) {
        Http.Reply reply = trainer().post("api/cohorts", "{\"name\":\"Læring " + System.nanoTime() + "\",\"organisationId\":"
                + Fixtures.busCompany() + ",\"trackId\":\"" + track + "\",\"districtCode\":\"valby\",\"startsOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"endsOn\":\"" + LocalDate.now().plusDays(30) + "\",\"capacity\":40}");
        return new TestCohorts.Made(reply.object().getJsonNumber("id").longValue(), reply.object().getString("joinCode"));
    }

    @Test
    default void openingAModuleStartsItAndAFailedAttemptIsStoredWithoutGivingTheAnswersAway() {
        TestCohorts.Made cohort = cohort("bus-drivers");
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Nguyễn Thị Lan");
        assertEquals("not-started", state(myCohort(learner, cohort.id()), "welcome-to-everyone"));
        assertEquals(204, learner.post("api/me/modules/welcome-to-everyone/opened", "{}").status());
        assertEquals("started", state(myCohort(learner, cohort.id()), "welcome-to-everyone"));
        JsonObject failed = answer(learner, "welcome-to-everyone", false).object();
        assertTrue(failed.getBoolean("stored"));
        assertFalse(failed.getBoolean("passed"));
        assertFalse(failed.toString().contains("correctOptions") || failed.toString().contains("explanation"),
                "no right answers below the pass mark, so a second try is no free pass: " + failed);
        JsonObject mine = myCohort(learner, cohort.id());
        assertEquals("failed", state(mine, "welcome-to-everyone"));
        assertEquals(0, mine.getJsonObject("track").getInt("passed"));
        JsonObject passed = answer(learner, "welcome-to-everyone", true).object();
        assertTrue(passed.getBoolean("passed"));
        assertTrue(passed.toString().contains("correctOptions"));
        mine = myCohort(learner, cohort.id());
        assertEquals("passed", state(mine, "welcome-to-everyone"));
        assertEquals(1, mine.getJsonObject("track").getInt("passed"));
        assertEquals(LIBRARY.track("bus-drivers").orElseThrow().moduleIds().size(), mine.getJsonObject("track").getInt("total"));
        assertEquals("law-at-the-counter", mine.getJsonObject("track").getJsonObject("next").getString("id"), "what comes next");
        assertEquals("passed", state(myCohort(learner, cohort.id()), "welcome-to-everyone"));
        assertEquals("passed", state(answerThenMine(learner, cohort), "welcome-to-everyone"), "a later failure does not undo a pass");
    }

    private static JsonObject answerThenMine(Http learner, TestCohorts.Made cohort) {
        answer(learner, "welcome-to-everyone", false);
        return myCohort(learner, cohort.id());
    }

    @Test
    default void passesSentAllAtOnceAreEachStoredAndCompleteTheTrackOnce() throws Exception {
        TestCohorts.Made cohort = cohort("all-frontline");
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Tarik Benali");
        List<String> modules = LIBRARY.track("all-frontline").orElseThrow().moduleIds();
        ExecutorService tabs = Executors.newFixedThreadPool(modules.size());
        try {
            List<Future<Http.Reply>> sent = modules.stream().map(m -> tabs.submit(() -> answer(learner, m, true))).toList();
            int completions = 0;
            for (Future<Http.Reply> reply : sent) {
                assertEquals(200, reply.get().status(), reply.get().body());
                completions += reply.get().object().getJsonArray("completed").size();
            }
            assertEquals(1, completions, "one of the passes completed the track, once");
        } finally {
            tabs.shutdown();
        }
        JsonObject mine = myCohort(learner, cohort.id());
        assertEquals(modules.size(), mine.getJsonObject("track").getInt("passed"));
        assertTrue(mine.containsKey("completedAt"), mine.toString());
    }

    @Test
    default void aPassCountsInEveryEnrolmentWhoseTrackHasTheModule() {
        TestCohorts.Made bus = cohort("bus-drivers");
        TestCohorts.Made door = cohort("door-staff");
        Http learner = TestCohorts.newLearner(bus.joinCode(), "Omar Haddad");
        learner.post("api/join/" + door.joinCode(), "{}");
        String shared = LIBRARY.track("bus-drivers").orElseThrow().moduleIds().stream()
                .filter(LIBRARY.track("door-staff").orElseThrow()::contains).findFirst().orElseThrow();
        answer(learner, shared, true);
        assertEquals("passed", state(myCohort(learner, bus.id()), shared));
        assertEquals("passed", state(myCohort(learner, door.id()), shared));
    }

    @Test
    default void aWorkshopRequiredTrackCompletesTheMomentTheTrainerMarksTheLearnerPresent() {
        Http trainer = trainer();
        TestCohorts.Made cohort = cohort("bus-drivers");
        long meeting = TestCohorts.firstMeetingOrAdd(trainer, cohort);
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Jógvan Poulsen");
        List<String> modules = LIBRARY.track("bus-drivers").orElseThrow().moduleIds();
        for (int i = 0; i < modules.size(); i++) {
            JsonObject marking = answer(learner, modules.get(i), true).object();
            assertTrue(marking.getJsonArray("completed").isEmpty(), "not complete without the workshop");
        }
        JsonObject waiting = myCohort(learner, cohort.id());
        assertFalse(waiting.containsKey("completedAt"));
        assertFalse(waiting.getJsonObject("workshop").getBoolean("attended"));
        long id = learner.get("api/session").object().getJsonNumber("id").longValue();
        String mark = cohort.path() + "/meetings/" + meeting + "/attendance/" + id;
        assertEquals(200, trainer.put(mark, "{\"present\":false}").status());
        assertFalse(myCohort(learner, cohort.id()).containsKey("completedAt"), "absent is not present");
        assertEquals(200, trainer.put(mark, "{\"present\":true}").status());
        JsonObject done = myCohort(learner, cohort.id());
        assertNotNull(done.getString("completedAt"), "complete at once, no batch job");
        assertTrue(done.getJsonObject("workshop").getBoolean("attended"));
        JsonObject followUp = done.getJsonObject("followUp");
        assertEquals("thirty-day-follow-up", followUp.getString("id"));
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).plusDays(30).toString(), followUp.getString("opensOn"));
        assertFalse(followUp.getBoolean("open"));
        assertEquals(204, trainer.delete(mark).status(), "undo");
        assertNotNull(myCohort(learner, cohort.id()).getString("completedAt"), "a completion stays once it is made");
        JsonObject sheet = trainer.get(cohort.path() + "/meetings/" + meeting + "/attendance").object();
        assertFalse(sheet.getJsonArray("learners").getJsonObject(0).containsKey("present"), "unmarked again: " + sheet);
        JsonObject progress = trainer.get(cohort.path() + "/progress").object().getJsonArray("learners").getJsonObject(0);
        assertEquals(modules.size(), progress.getInt("passed"));
        assertTrue(progress.containsKey("completedAt"));
    }

    @Test
    default void anOptionalWorkshopIsNotNeededAndACertificationTrackWaitsForTheAssessor() {
        Track optional = LIBRARY.tracks().stream().filter(t -> t.completion().workshop().code().equals("optional")
                && t.certificationIfAny().isEmpty()).findFirst().orElseThrow();
        TestCohorts.Made cohort = cohort(optional.id());
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Leila Farahani");
        JsonArray completed = null;
        for (String module : optional.moduleIds()) {
            completed = answer(learner, module, true).object().getJsonArray("completed");
        }
        assertEquals(1, completed.size(), "the last pass completes the track, and the answer says so");
        assertNotNull(myCohort(learner, cohort.id()).getString("completedAt"));

        TestCohorts.Made dialogue = cohort("dialogue-consultant");
        Http candidate = TestCohorts.newLearner(dialogue.joinCode(), "Amal Yusuf");
        for (String module : LIBRARY.track("dialogue-consultant").orElseThrow().moduleIds()) {
            answer(candidate, module, true);
        }
        JsonObject mine = myCohort(candidate, dialogue.id());
        assertEquals(mine.getJsonObject("track").getInt("total"), mine.getJsonObject("track").getInt("passed"));
        assertFalse(mine.containsKey("completedAt"), "certification needs an assessor's approval");
    }

    @Test
    default void aTrainerMarksAModuleOrTheWorkshopDoneByHandWithAReason() {
        Http trainer = trainer();
        TestCohorts.Made cohort = cohort("bus-drivers");
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Mehmet Şahin");
        long id = learner.get("api/session").object().getJsonNumber("id").longValue();
        Http.Reply noReason = trainer.post(cohort.path() + "/learners/" + id + "/done?lang=en", "{\"module\":\"on-the-bus\",\"reason\":\" \"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.fieldError("reason").startsWith("Write why"), noReason.toString());
        assertEquals(400, trainer.post(cohort.path() + "/learners/" + id + "/done", "{\"module\":\"fair-door\",\"reason\":\"x\"}").status(),
                "only a module of the learner's track");
        List<String> modules = LIBRARY.track("bus-drivers").orElseThrow().moduleIds();
        for (String module : modules) {
            assertEquals(204, trainer.post(cohort.path() + "/learners/" + id + "/done",
                    "{\"module\":\"" + module + "\",\"reason\":\"Tog modulerne på papir på depotet\"}").status());
        }
        assertFalse(myCohort(learner, cohort.id()).containsKey("completedAt"));
        assertEquals(204, trainer.post(cohort.path() + "/learners/" + id + "/done",
                "{\"module\":\"workshop\",\"reason\":\"Deltog i workshoppen på et andet hold\"}").status());
        assertNotNull(myCohort(learner, cohort.id()).getString("completedAt"));
        assertEquals(modules.size(), Broer.demo("admin").get("api/audit?action=progress.pass-by-hand&targetId=" + id)
                .object().getJsonArray("entries").size());
        assertEquals(404, Callers.of("other-trainer").orElseThrow().post(cohort.path() + "/learners/" + id + "/done",
                "{\"module\":\"on-the-bus\",\"reason\":\"x\"}").status());
    }

    @Test
    default void theTrainerSeesWhoIsDueForTheFollowUp() {
        Http trainer = Broer.demo("trainer");
        long ended = TestCohorts.demo(trainer, TestCohorts.SOELVGADE);
        JsonObject followUp = trainer.get("api/cohorts/" + ended + "/follow-up?lang=en").object();
        assertEquals("thirty-day-follow-up", followUp.getString("module"));
        assertTrue(followUp.getString("url").startsWith(Broer.base() + "module.html?id=thirty-day-follow-up"));
        assertEquals(Set.of("Ingrid Dam", "Yusra Abdullahi", "Agnieszka Kowalska"), followUp.getJsonArray("due")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("name")).collect(Collectors.toSet()),
                "completed 50 days ago and not yet done it; Emre has, Bjarki has not completed");
        assertTrue(followUp.getString("qrSvg").startsWith("<svg"));
    }

    @Test
    default void attendanceIsForTheCohortsOwnMeetingsAndLearners() {
        Http trainer = trainer();
        TestCohorts.Made cohort = cohort("bus-drivers");
        TestCohorts.Made other = cohort("bus-drivers");
        long meeting = TestCohorts.firstMeetingOrAdd(trainer, cohort);
        Http learner = TestCohorts.newLearner(other.joinCode(), "Piotr Wiśniewski");
        long id = learner.get("api/session").object().getJsonNumber("id").longValue();
        assertEquals(404, trainer.put(cohort.path() + "/meetings/" + meeting + "/attendance/" + id, "{\"present\":true}").status());
        assertEquals(404, trainer.put(other.path() + "/meetings/" + meeting + "/attendance/" + id, "{\"present\":true}").status(),
                "a meeting of another cohort");
        assertEquals(400, trainer.put(cohort.path() + "/meetings/" + meeting + "/attendance/" + id, "{}").status());
    }

    @Test
    default void mergingLearnersTakesTheirProgressAlong() {
        Http trainer = trainer();
        TestCohorts.Made cohort = cohort("bus-drivers");
        Http phone = TestCohorts.newLearner(cohort.joinCode(), "Hodan Ali");
        answer(phone, "welcome-to-everyone", true);
        JsonObject added = trainer.post(cohort.path() + "/learners", "{\"name\":\"Hodan Ali\",\"employeeNumber\":\"FJ-77\"}").object();
        long duplicate = added.getJsonObject("learner").getJsonNumber("id").longValue();
        Http tablet = Broer.anonymous();
        tablet.post("api/resume", "{\"code\":\"" + added.getString("resumeCode") + "\"}");
        answer(tablet, "law-at-the-counter", true);
        long kept = phone.get("api/session").object().getJsonNumber("id").longValue();
        assertEquals(200, Broer.demo("coordinator").post("api/learners/" + kept + "/merge", "{\"duplicate\":" + duplicate + "}").status());
        JsonObject mine = myCohort(phone, cohort.id());
        assertEquals("passed", state(mine, "welcome-to-everyone"));
        assertEquals("passed", state(mine, "law-at-the-counter"), "the duplicate's pass is the person's pass");
        assertEquals(401, tablet.get("api/me").status(), "the duplicate's sessions are gone");
    }

    @Test
    default void aModuleNotInAnyOfTheLearnersTracksIsStillMarkedAndStored() {
        TestCohorts.Made cohort = cohort("bus-drivers");
        Http learner = TestCohorts.newLearner(cohort.joinCode(), "Ahmed Nour");
        Module elsewhere = LIBRARY.modules().stream().filter(m -> !LIBRARY.track("bus-drivers").orElseThrow().includes(m.id()))
                .filter(m -> !m.in("da").questions().isEmpty()).findFirst().orElseThrow();
        JsonObject marked = answer(learner, elsewhere.id(), true).object();
        assertTrue(marked.getBoolean("stored"));
        assertTrue(marked.getBoolean("passed"));
        Question first = elsewhere.in("da").questions().get(0);
        assertTrue(marked.getJsonArray("results").getJsonObject(0).getString("question").equals(first.id()));
    }
}
