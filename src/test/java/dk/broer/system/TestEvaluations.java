package dk.broer.system;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Evaluations, activities and consultancies made through the API for tests. */
final class TestEvaluations {

    private TestEvaluations() {
    }

    /** An activity or a consultancy: its id and the token of its evaluation link. */
    record Linked(long id, String token) {
    }

    static Questionnaire questionnaire(String occasion) {
        return Broer.content().questionnaireFor(occasion);
    }

    /** An answer body for the occasion's questionnaire: every item the given score, and the comment (or none). */
    static String answer(String occasion, int score, String comment) {
        return answer(questionnaire(occasion).items().stream().map(i -> score).toList(), occasion, comment);
    }

    /** The items' scores in the questionnaire's order. */
    static String answer(List<Integer> scores, String occasion, String comment) {
        List<EvaluationItem> items = questionnaire(occasion).items();
        String json = java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> "\"" + items.get(i).id() + "\":" + scores.get(i)).collect(Collectors.joining(","));
        return "{\"scores\":{" + json + "}" + (comment == null ? "" : ",\"comment\":" + TestCertificates.quoted(comment)) + "}";
    }

    /** The same answer for a link: the token in the body with it. */
    static String linkAnswer(String token, String occasion, int score) {
        return "{\"token\":\"" + token + "\"," + answer(occasion, score, null).substring(1);
    }

    static String activity(String title, LocalDate from, LocalDate to, int participants) {
        return "{\"kind\":\"event\",\"title\":" + TestCertificates.quoted(title) + ",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to
                + "\",\"district\":\"noerrebro\",\"partners\":[\"Horesta\",\"Wonderful Copenhagen\"],\"participants\":" + participants + "}";
    }

    /** An event running today, taking up to {@code participants} answers. */
    static Linked activity(Http coordinator, int participants) {
        return linked(coordinator.post("api/activities", activity("Testdag " + System.nanoTime(), LocalDate.now().minusDays(1),
                LocalDate.now(), participants)));
    }

    /** An activity as a coordinator records it, perhaps long after it took place. */
    static Linked activity(Http coordinator, String title, LocalDate from, LocalDate to, int participants) {
        return linked(coordinator.post("api/activities", activity(title, from, to, participants)));
    }

    static Linked consultancy(Http coordinator, int people) {
        return consultancy(coordinator, "Personalet i en testbutik " + System.nanoTime(), people);
    }

    static Linked consultancy(Http coordinator, String recipient, int people) {
        return linked(coordinator.post("api/consultancies", "{\"givenOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"recipient\":" + TestCertificates.quoted(recipient) + ",\"district\":\"valby\",\"people\":" + people + "}"));
    }

    private static Linked linked(Http.Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create: " + reply);
        }
        JsonObject made = reply.object();
        String link = made.getString("link");
        return new Linked(made.getJsonNumber("id").longValue(), link.substring(link.indexOf('#') + 1));
    }
}
