package dk.broer.system;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.content.entity.Track;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue, modules, knowledge checks and the platform basics, through the JSON API. */
interface ContentApiTests {

    Catalogue CONTENT = Broer.content();

    private Http http() {
        return Broer.anonymous();
    }

    @Test
    default void listsEveryTrackInTheAskedLanguage() {
        JsonArray tracks = http().get("api/tracks?lang=en").array();
        assertEquals(CONTENT.tracks().stream().map(Track::id).toList(), ids(tracks));
        Track first = CONTENT.tracks().iterator().next();
        JsonObject track = tracks.getJsonObject(0);
        assertEquals(first.title().in("en"), track.getString("title"));
        assertEquals(first.moduleIds(), ids(track.getJsonArray("modules")));
        assertEquals(first.completion().passMark(), track.getInt("passMark"));
        assertEquals(first.completion().workshop().code(), track.getString("workshop"));
    }

    @Test
    default void oneTrackWithItsCertificationAndGuide() {
        for (Track track : CONTENT.tracks()) {
            JsonObject json = http().get("api/tracks/" + track.id() + "?lang=da").object();
            assertEquals(track.title().in("da"), json.getString("title"));
            if (track.certification() != null) {
                JsonObject certification = json.getJsonObject("certification");
                assertEquals(track.certification().validityMonths(), certification.getInt("validityMonths"));
                assertEquals(track.certification().practice().size(), certification.getJsonArray("practice").size());
            } else {
                // JSON-B leaves null fields out.
                assertTrue(!json.containsKey("certification") || json.isNull("certification"), json.toString());
            }
            if (track.hasGuide()) {
                JsonObject guide = http().get("api/tracks/" + track.id() + "/guide?lang=en").object();
                assertTrue(guide.getString("html").contains("<h2>"), guide.getString("html"));
            } else {
                assertEquals(404, http().get("api/tracks/" + track.id() + "/guide").status());
            }
        }
    }

    @Test
    default void listsEveryModule() {
        JsonArray modules = http().get("api/modules?lang=da").array();
        assertEquals(CONTENT.modules().stream().map(Module::id).toList(), ids(modules));
        Module first = CONTENT.modules().iterator().next();
        assertEquals(first.in("da").title(), modules.getJsonObject(0).getString("title"));
        assertEquals(first.version(), modules.getJsonObject(0).getInt("version"));
    }

    @Test
    default void aModuleRenderedWithItsCheckButNotItsAnswers() {
        for (Module module : CONTENT.modules()) {
            Http.Reply reply = http().get("api/modules/" + module.id() + "?lang=en");
            assertEquals(200, reply.status());
            JsonObject json = reply.object();
            ModuleText text = module.in("en");
            assertEquals(text.title(), json.getString("title"));
            assertEquals("ltr", json.getString("direction"));
            assertFalse(json.getString("html").contains("::: question"));
            assertEquals(text.questions().stream().map(Question::id).toList(), ids(json.getJsonArray("questions")));
            if (!text.questions().isEmpty()) {
                assertTrue(json.getString("html").contains("data-knowledge-check"));
            }
            for (String answerWord : List.of("correct", "explanation", "feedback")) {
                assertFalse(json.getJsonArray("questions").toString().contains("\"" + answerWord + "\""),
                        "the check must not reveal answers before the learner answers: " + answerWord);
            }
        }
    }

    @Test
    default void aModuleAlreadyOnThePhoneIsNotSentAgain() {
        Module module = CONTENT.modules().iterator().next();
        Http.Reply first = http().get("api/modules/" + module.id() + "?lang=da");
        String tag = first.header("ETag");
        assertTrue(tag != null && tag.length() > 10, "a module view is tagged: " + tag);
        Http.Reply again = http().get("api/modules/" + module.id() + "?lang=da", "If-None-Match", tag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        Http.Reply english = http().get("api/modules/" + module.id() + "?lang=en", "If-None-Match", tag);
        assertEquals(200, english.status(), "another language is another view");
        assertEquals(module.in("en").title(), english.object().getString("title"));
        assertFalse(tag.equals(english.header("ETag")));
        assertEquals(first.body(), http().get("api/modules/" + module.id() + "?lang=da").body(), "served the same each time");
    }

    @Test
    default void marksAnswersOnTheServerAndGivesTheRightOnesOnlyToThoseWhoPass() {
        ModuleText text = moduleWithQuestions().in("en");
        JsonObject wrong = http().post(answersPath(text), answers(text, false)).object();
        assertEquals(0, wrong.getInt("correct"));
        assertEquals(80, wrong.getInt("passMark"));
        assertFalse(wrong.getBoolean("passed"));
        assertFalse(wrong.getBoolean("stored"), "nobody signed in: marked and forgotten");
        JsonObject first = wrong.getJsonArray("results").getJsonObject(0);
        assertFalse(first.getBoolean("correct"));
        assertFalse(first.containsKey("correctOptions"), "below the pass mark the right options stay on the server");
        assertFalse(first.containsKey("explanation"));
        Question q = text.questions().get(0);
        Set<Integer> chosen = first.getJsonArray("selected").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(n -> n.intValue()).collect(Collectors.toSet());
        assertTrue(first.getJsonArray("feedback").getValuesAs(JsonObject.class).stream()
                .allMatch(f -> chosen.contains(f.getInt("index"))), "feedback on the options chosen only");
        assertFalse(wrong.toString().contains("\"correctOptions\""), wrong.toString());

        JsonObject right = http().post(answersPath(text), answers(text, true)).object();
        assertEquals(text.questions().size(), right.getInt("total"));
        assertEquals(text.questions().size(), right.getInt("correct"));
        assertTrue(right.getBoolean("passed"));
        assertEquals(text.version(), right.getInt("version"));
        JsonObject passed = right.getJsonArray("results").getJsonObject(0);
        assertEquals(q.correctOptions(), passed.getJsonArray("correctOptions").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(n -> n.intValue()).collect(Collectors.toSet()));
        assertFalse(passed.getString("explanation").isBlank());
    }

    @Test
    default void unansweredQuestionsAreNamedInTheUsersLanguage() {
        ModuleText text = moduleWithQuestions().in("da");
        Http.Reply reply = http().post(answersPath(text), "{\"answers\":[]}");
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.object();
        assertEquals("Ugyldigt input", problem.getString("title"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("answers." + text.questions().get(0).id(), error.getString("field"));
        assertEquals("Besvar dette spørgsmål.", error.getString("message"));
    }

    @Test
    default void malformedAnswersAreA400NotAStackTrace() {
        ModuleText text = moduleWithQuestions().in("en");
        for (String body : List.of("{not json", "[1,2]", "")) {
            Http.Reply reply = http().post(answersPath(text), body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertFalse(reply.body().contains("Exception"), reply.body());
        }
    }

    @Test
    default void unknownIdsAreA404InTheUsersLanguage() {
        Http.Reply english = http().get("api/modules/no-such-module", "Accept-Language", "en-GB,en;q=0.9");
        assertEquals(404, english.status());
        assertTrue(english.contentType().startsWith("application/problem+json"));
        assertEquals("There is no module 'no-such-module'.", english.object().getString("detail"));
        Http.Reply danish = http().get("api/tracks/no-such-track?lang=da");
        assertEquals(404, danish.status());
        assertEquals("Der findes intet forløb 'no-such-track'.", danish.object().getString("detail"));
        assertEquals(404, Broer.demo("coordinator").get("api/organisations/999999").status());
        Http.Reply path = http().get("api/nothing/here?lang=da");
        assertEquals(404, path.status());
        assertEquals("Ikke fundet", path.object().getString("title"));
    }

    @Test
    default void anUnknownLanguageNamesTheField() {
        Http.Reply reply = http().get("api/modules?lang=xx");
        assertEquals(400, reply.status());
        assertEquals("lang", reply.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    default void districtsComeFromTheMigrations() {
        JsonArray districts = http().get("api/districts").array();
        assertEquals(10, districts.size());
        assertTrue(districts.toString().contains("Brønshøj-Husum"));
        assertTrue(districts.toString().contains("Vesterbro/Kongens Enghave"));
    }

    @Test
    default void readyWhenContentAndDatabaseAre() {
        Http.Reply reply = http().getFromServerRoot("health/ready");
        assertEquals(200, reply.status(), reply.body());
        JsonObject health = reply.object();
        assertEquals("UP", health.getString("status"));
        Set<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")).collect(Collectors.toSet());
        assertTrue(checks.containsAll(Set.of("content", "database")), checks.toString());
    }

    @Test
    default void openApiDescribesTheApi() {
        Http.Reply reply = http().getFromServerRoot("openapi");
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("/api/modules/{id}/answers"), reply.body());
        assertTrue(reply.body().contains("/api/tracks"), reply.body());
    }

    @Test
    default void pagesAreServedWithSecurityHeaders() {
        Http.Reply page = http().get("index.html");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals(200, http().get("module.html").status());
    }

    @Test
    default void aMissingPageIsBroersOwn404() {
        Http.Reply page = http().get("no/such/page.html");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("js/not-found.js"), page.body());
    }

    @Test
    default void moduleImagesAreServedAndNothingElse() {
        Module withImage = CONTENT.modules().stream()
                .filter(m -> m.in("en").body().contains("](images/")).findFirst().orElseThrow();
        String body = withImage.in("en").body();
        int start = body.indexOf("](images/") + "](images/".length();
        String file = body.substring(start, body.indexOf(')', start));
        Http.Reply image = http().get("api/modules/" + withImage.id() + "/images/" + file);
        assertEquals(200, image.status());
        assertTrue(image.contentType().startsWith("image/"), image.contentType());
        assertEquals(404, http().get("api/modules/" + withImage.id() + "/images/..%2Fda.md").status());
        assertEquals(404, http().get("api/modules/" + withImage.id() + "/images/da.md").status());
    }

    static Module moduleWithQuestions() {
        return CONTENT.modules().stream().filter(m -> !m.in("en").questions().isEmpty()).findFirst().orElseThrow();
    }

    private String answersPath(ModuleText text) {
        return "api/modules/" + text.moduleId() + "/answers?lang=" + text.language();
    }

    /** Every question answered right, or every question answered with only wrong options. */
    private String answers(ModuleText text, boolean right) {
        return "{\"answers\":[" + text.questions().stream().map(q -> {
            Set<Integer> chosen = right ? q.correctOptions() : Set.of(q.options().stream()
                    .filter(o -> !o.correct()).findFirst().orElseThrow().index());
            return "{\"question\":\"" + q.id() + "\",\"selected\":" + chosen.stream().map(String::valueOf)
                    .collect(Collectors.joining(",", "[", "]")) + "}";
        }).collect(Collectors.joining(",")) + "]}";
    }

    private List<String> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }
}
