package dk.broer.system;

import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Cohorts made through the API for tests, as a trainer would make them. */
final class TestCohorts {

    /** The demo's ended cohort: the follow-up due for three, Bjarki stuck. */
    static final String SOELVGADE = "Butik Sølvgade Syd – efterårsholdet";

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestCohorts() {
    }

    record Made(long id, String joinCode) {

        String path() {
            return "api/cohorts/" + id;
        }
    }

    /** The id of the demo cohort of that name, as its staff see it. */
    static long demo(Http staff, String name) {
        return staff.get("api/cohorts").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** An open cohort of the demo bus company on the bus-drivers track, running from yesterday for a month. */
    static Made create(Http trainer, int capacity) {
        return create(trainer, capacity, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    }

    static Made create(Http trainer, int capacity, LocalDate from, LocalDate to) {
        String body = "{\"name\":\"Testhold " + COUNT.incrementAndGet() + "\",\"organisationId\":" + Fixtures.busCompany()
                + ",\"trackId\":\"bus-drivers\",\"districtCode\":\"valby\",\"startsOn\":\"" + from + "\",\"endsOn\":\""
                + to + "\",\"capacity\":" + capacity + "}";
        Http.Reply reply = trainer.post("api/cohorts", body);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create a cohort: " + reply);
        }
        JsonObject cohort = reply.object();
        return new Made(cohort.getJsonNumber("id").longValue(), cohort.getString("joinCode"));
    }

    /** A new learner joins from their own phone; the client is then signed in as them. */
    static Http.Reply join(Http phone, String code, String name) {
        return join(phone, code, name, null, null);
    }

    /** Joining with a phone number and an employee number too (either may be null). */
    static Http.Reply join(Http phone, String code, String name, String phoneNumber, String employeeNumber) {
        Watched.name(name);
        String body = "{\"name\":" + TestCertificates.quoted(name)
                + (phoneNumber == null ? "" : ",\"phone\":" + TestCertificates.quoted(phoneNumber))
                + (employeeNumber == null ? "" : ",\"employeeNumber\":" + TestCertificates.quoted(employeeNumber)) + "}";
        Http.Reply reply = phone.post("api/join/" + code, body);
        if (reply.status() == 201 && reply.body().contains("\"resumeCode\"")) {
            Watched.code(reply.object().getString("resumeCode"));
        }
        return reply;
    }

    static Http newLearner(String code, String name) {
        Http phone = Broer.anonymous();
        Http.Reply reply = join(phone, code, name);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not join: " + reply);
        }
        return phone;
    }

    static long firstMeetingOrAdd(Http trainer, Made cohort) {
        Http.Reply meeting = trainer.post(cohort.path() + "/meetings", "{\"date\":\"" + LocalDate.now().plusDays(3)
                + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\",\"place\":\"Valby busgarage\"}");
        if (meeting.status() != 201) {
            throw new IllegalStateException("Could not add a meeting: " + meeting);
        }
        return meeting.object().getJsonNumber("id").longValue();
    }
}
