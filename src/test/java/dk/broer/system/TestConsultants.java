package dk.broer.system;

import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.List;

/** Dialogue-consultant candidates for the tests: a cohort on the certification track, a candidate joined, a complete log. */
final class TestConsultants {

    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    private TestConsultants() {
    }

    record Candidate(Http phone, long learnerId, TestCohorts.Made cohort) {
    }

    static TestCohorts.Made cohort(Http trainer) {
        String body = "{\"name\":\"Dialoghold " + COUNT.incrementAndGet() + "\",\"organisationId\":" + Fixtures.busCompany()
                + ",\"trackId\":\"dialogue-consultant\",\"districtCode\":\"broenshoej-husum\",\"startsOn\":\""
                + LocalDate.now().minusDays(30) + "\",\"endsOn\":\"" + LocalDate.now().plusDays(200) + "\",\"capacity\":30}";
        Http.Reply reply = trainer.post("api/cohorts", body);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create a dialogue cohort: " + reply);
        }
        return new TestCohorts.Made(reply.object().getJsonNumber("id").longValue(), reply.object().getString("joinCode"));
    }

    static Candidate candidate(Http trainer, String name) {
        TestCohorts.Made cohort = cohort(trainer);
        Http phone = TestCohorts.newLearner(cohort.joinCode(), name);
        return new Candidate(phone, phone.get("api/session").object().getJsonNumber("id").longValue(), cohort);
    }

    static Http.Reply created(Http.Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Not logged: " + reply);
        }
        return reply;
    }

    static String dialogue(String role, LocalDate on) {
        return "{\"occurredOn\":\"" + on + "\",\"district\":\"broenshoej-husum\",\"partners\":\"Husum Bibliotek\","
                + "\"participants\":14,\"role\":\"" + role + "\"}";
    }

    static String supervision(LocalDate on) {
        return "{\"occurredOn\":\"" + on + "\",\"supervisor\":\"Hamza Abdi Warsame\",\"minutes\":90,\"notes\":\"Om at holde rammen\"}";
    }

    static String project() {
        return "{\"title\":\"Tryghed på Husum Torv\",\"district\":\"broenshoej-husum\",\"from\":\"" + LocalDate.now().minusDays(20)
                + "\",\"to\":\"" + LocalDate.now().minusDays(2) + "\",\"partners\":\"Boligsocialt team\",\"needsAnalysis\":\"Unge føler sig"
                + " overvåget i butikkerne.\",\"plan\":\"To dialogmøder og en opfølgning.\",\"meetingsHeld\":3,\"evaluationAgreed\":17,"
                + "\"evaluationAnswered\":20,\"stories\":\"Første.\\n\\nAnden.\\n\\nTredje.\"}";
    }

    /** Every module passed by hand, and the whole log but the observation: ready for the assessor to observe. */
    static void logEverything(Http trainer, Candidate c) {
        TestCertificates.markDone(trainer, c.cohort(), c.learnerId(), Broer.content().track("dialogue-consultant").orElseThrow().moduleIds());
        LocalDate day = LocalDate.now().minusDays(10);
        created(c.phone().post("api/me/practice/dialogues", dialogue("co-facilitator", day)));
        created(c.phone().post("api/me/practice/dialogues", dialogue("co-facilitator", day.plusDays(1))));
        created(c.phone().post("api/me/practice/dialogues", dialogue("lead", day.plusDays(2))));
        for (int i = 0; i < 4; i++) {
            created(c.phone().post("api/me/practice/supervision", supervision(day.plusDays(i))));
        }
        created(c.phone().post("api/me/practice/projects", project()));
        created(c.phone().post("api/me/practice/case-analysis", "{\"occurredOn\":\"" + day + "\",\"text\":\"Sagen om den afviste kunde.\"}"));
    }

    /** Scores every criterion of the rubric at the given level. */
    static String observation(Http assessor, long learner, String level) {
        JsonObject rubric = assessor.get("api/assessments/" + learner).object().getJsonObject("rubric");
        StringBuilder scores = new StringBuilder();
        for (JsonObject criterion : rubric.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            scores.append(scores.length() == 0 ? "" : ",").append('"').append(criterion.getString("id")).append("\":\"").append(level).append('"');
        }
        return "{\"observedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"scores\":{" + scores + "},\"notes\":{}}";
    }

    static List<JsonObject> requirements(JsonObject practice) {
        return practice.getJsonArray("requirements").getValuesAs(JsonObject.class);
    }
}
