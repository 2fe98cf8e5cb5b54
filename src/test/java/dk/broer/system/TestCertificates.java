package dk.broer.system;

import jakarta.json.JsonObject;

import java.util.List;

/** Learners who have completed their track, quickly: the trainer marks every module and the workshop done by hand. */
final class TestCertificates {

    private TestCertificates() {
    }

    record Completed(Http learner, long learnerId, long completionId) {
    }

    static Completed completed(Http trainer, TestCohorts.Made cohort, String name) {
        Http learner = TestCohorts.newLearner(cohort.joinCode(), name);
        long id = learner.get("api/session").object().getJsonNumber("id").longValue();
        return new Completed(learner, id, complete(trainer, cohort, id));
    }

    /** Marks the learner's track done by hand; the completion's id. */
    static long complete(Http trainer, TestCohorts.Made cohort, long learnerId) {
        List<String> done = new java.util.ArrayList<>(Broer.content().track("bus-drivers").orElseThrow().moduleIds());
        done.add("workshop");
        markDone(trainer, cohort, learnerId, done);
        return trainer.get(cohort.path() + "/certificates").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("learnerId").longValue() == learnerId)
                .mapToLong(e -> e.getJsonNumber("completionId").longValue()).findFirst().orElseThrow();
    }

    /** The trainer marks these modules (or "workshop") done by hand, as for a learner who did them on paper. */
    static void markDone(Http trainer, TestCohorts.Made cohort, long learnerId, List<String> modules) {
        for (String module : modules) {
            Http.Reply reply = trainer.post(cohort.path() + "/learners/" + learnerId + "/done",
                    "{\"module\":\"" + module + "\",\"reason\":\"Tog forløbet på papir\"}");
            if (reply.status() != 204) {
                throw new IllegalStateException("Could not mark " + module + " done: " + reply);
            }
        }
    }

    /** The learner confirms their name; the award's code. */
    static String confirmed(Completed completed, String name) {
        Http.Reply reply = completed.learner().post("api/me/certificates",
                "{\"completion\":" + completed.completionId() + ",\"name\":" + quoted(name) + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("Could not confirm: " + reply);
        }
        return reply.object().getString("code");
    }

    static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
