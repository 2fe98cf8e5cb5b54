package dk.broer.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluations, anonymous by design, in the browser at 360 px: a driver answers her track's
 * evaluation from her own page; a visitor answers an event's QR link without an account; a
 * coordinator types in paper forms, gives a consultancy its link and reads the results, where
 * an occasion with fewer than five answers shows no figures and no comments.
 */
interface EvaluationJourneys {

    AtomicInteger OCCASIONS = new AtomicInteger();

    /** Told apart from the occasions of an earlier run against the same database. */
    String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);

    String base();

    Browser browser();

    Browser freshBrowser(String language);

    @Test
    default void aDriverAnswersHerTracksEvaluationOnThePhoneAndIsNotAskedAgain() {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 20);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.type("input[name=name]", "Hodan Warsame");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        phone.find(By.cssSelector("[data-resume-code]"));
        long learner = trainerApi.get(cohort.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("name").equals("Hodan Warsame")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        TestCertificates.complete(trainerApi, cohort, learner);

        phone.open(base() + "me.html");
        WebElement card = phone.find(By.cssSelector("[data-evaluation^='track-'][data-answered=false]"));
        String key = card.getAttribute("data-evaluation");
        phone.assertGoodPage("my courses, with the track's evaluation to answer");
        card.findElement(By.cssSelector("a[href^='evaluation.html?key=']")).click();

        WebElement form = phone.find(By.cssSelector("form[data-answer-form]"));
        List<WebElement> items = form.findElements(By.cssSelector("fieldset[data-item]"));
        assertFalse(items.isEmpty(), "the questionnaire has items");
        for (WebElement item : items) {
            assertEquals(5, item.findElements(By.cssSelector("input[type=radio]")).size(), "five steps per item");
            assertFalse(item.findElement(By.tagName("legend")).getText().isBlank(), "each item is the legend of its group");
        }
        phone.assertGoodPage("the track's evaluation");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        phone.until(d -> d.findElements(By.cssSelector("fieldset[data-item] .field-error")).size() == items.size());
        phone.assertAccessible("the evaluation sent with nothing chosen");

        for (WebElement item : phone.driver().findElements(By.cssSelector("fieldset[data-item]"))) {
            item.findElement(By.cssSelector("input[value='4'] + label")).click();
        }
        phone.type("form[data-answer-form] textarea[name=comment]", "Godt at øve de svære situationer sammen.");
        phone.find(By.cssSelector("form[data-answer-form] button[type=submit]")).click();
        assertTrue(phone.find(By.cssSelector("[data-thanks]")).getText().contains("Tak for dit svar"));
        phone.assertGoodPage("thanks for the answer");

        phone.open(base() + "me.html");
        WebElement answered = phone.find(By.cssSelector("[data-evaluation='" + key + "']"));
        assertEquals("true", answered.getAttribute("data-answered"));
        assertTrue(answered.getText().contains("Tak for dit svar"), answered.getText());
        assertTrue(answered.findElements(By.cssSelector("a[href^='evaluation.html']")).isEmpty(), "not offered again");
        phone.assertGoodPage("my courses, the evaluation answered");
        phone.open(base() + "evaluation.html?key=" + key);
        phone.find(By.cssSelector("[data-evaluation-state=answered]"));
        assertTrue(phone.driver().findElements(By.cssSelector("form[data-answer-form]")).isEmpty(), "no second answer");

        try (Browser trainer = freshBrowser("da")) {
            trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/cohort.html?id=" + cohort.id());
            WebElement shown = trainer.find(By.cssSelector("[data-cohort-evaluations] [data-evaluation='" + key + "']"));
            assertTrue(shown.getText().contains("1 af 1 har svaret"), shown.getText());
            assertFalse(trainer.find(By.cssSelector("[data-cohort-evaluations]")).getText().contains("Hodan"),
                    "the trainer sees how many answered, not who");
            trainer.assertGoodPage("a cohort with its evaluations");
            shown.findElement(By.cssSelector("button[data-close]")).click();
            trainer.until(ExpectedConditions.alertIsPresent()).accept();
            trainer.announced("er lukket");
            assertEquals("true", trainer.find(By.cssSelector("[data-cohort-evaluations] [data-evaluation='" + key + "']"))
                    .getAttribute("data-closed"));
        }
    }

    @Test
    default void aCoordinatorCreatesAnEventAndAVisitorAnswersItsLinkOnceWithoutAnAccount() {
        String title = "Internationale Dage – Taste the World " + unique();
        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/activities.html");
        coordinator.find(By.cssSelector("section[aria-labelledby=new-activity] summary"));
        coordinator.assertGoodPage("the activities");
        coordinator.find(By.cssSelector("section[aria-labelledby=new-activity] summary")).click();
        String form = "form[data-new-activity] ";
        coordinator.select(form + "select[name=kind]", "event");
        coordinator.type(form + "input[name=title]", title);
        coordinator.setValue(form + "input[name=startsOn]", LocalDate.now().minusDays(1).toString());
        coordinator.setValue(form + "input[name=endsOn]", LocalDate.now().toString());
        coordinator.select(form + "select[name=district]", "noerrebro");
        coordinator.type(form + "input[name=partners]", "Horesta, Wonderful Copenhagen");
        coordinator.type(form + "input[name=participants]", "350");
        coordinator.assertAccessible("the new activity's form, filled in");
        coordinator.find(By.cssSelector(form + "button[type=submit]")).click();
        coordinator.until(d -> d.getCurrentUrl().contains("/activity.html?id="));
        coordinator.until(d -> title.equals(d.findElement(By.cssSelector("main h1")).getText()));
        String link = coordinator.find(By.cssSelector("[data-link]")).getAttribute("data-link");
        assertTrue(link.startsWith(base() + "answer#"), link);
        WebElement qr = coordinator.find(By.cssSelector("img[data-qr]"));
        coordinator.until(d -> ((Number) coordinator.script("return arguments[0].naturalWidth", qr)).intValue() > 0);
        coordinator.assertGoodPage("the new activity with its link and QR code");
        long id = Long.parseLong(coordinator.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1"));

        try (Browser visitor = freshBrowser("da")) {
            visitor.open(link);
            WebElement answerForm = visitor.find(By.cssSelector("form[data-answer-form]"));
            assertEquals(title, visitor.find(By.cssSelector("[data-occasion-title]")).getText());
            visitor.assertGoodPage("the answer page of an event");
            for (WebElement item : answerForm.findElements(By.cssSelector("fieldset[data-item]"))) {
                item.findElement(By.cssSelector("input[value='5'] + label")).click();
            }
            answerForm.findElement(By.cssSelector("button[type=submit]")).click();
            visitor.find(By.cssSelector("[data-answer-state=thanks]"));
            visitor.assertGoodPage("thanks, on the answer page");

            visitor.open(base() + "index.html");
            visitor.open(link);
            visitor.find(By.cssSelector("[data-already-answered]"));
            assertTrue(visitor.driver().findElements(By.cssSelector("form[data-answer-form]")).isEmpty(), "the form is not offered again");
            visitor.assertGoodPage("the answer page, already answered here");
        }
        JsonObject answers = Broer.demo("coordinator").get("api/activities/" + id).object().getJsonObject("answers");
        assertEquals(1, answers.getInt("online"), answers.toString());
    }

    @Test
    default void aCoordinatorTypesInPaperFormsAndTheSameNumberTwiceIsRefused() {
        Http api = Broer.demo("coordinator");
        long id = activity(api, "Byens Stemmer – rapworkshop for 8. klasse " + unique(), 120);
        List<String> items = itemsOf(api, id);
        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/activity.html?id=" + id);
        WebElement number = coordinator.find(By.cssSelector("form[data-paper-entry] input[name=form]"));
        assertEquals("1", number.getAttribute("value"), "the first free number is filled in");
        coordinator.assertGoodPage("an activity, ready for its paper forms");

        typePaperForm(coordinator, "1", items, "4", "Sjovt og lærerigt");
        coordinator.until(d -> d.findElement(By.cssSelector("[data-paper-status]")).getText().contains("Skema 1 er gemt"));
        assertEquals("2", coordinator.find(By.cssSelector("form[data-paper-entry] input[name=form]")).getAttribute("value"),
                "the number moves on");
        assertEquals("form", coordinator.driver().switchTo().activeElement().getAttribute("name"), "ready for the next form");
        assertEquals("", coordinator.find(By.cssSelector("form[data-paper-entry] input[name='scores." + items.get(0) + "']"))
                .getAttribute("value"), "the form is cleared");

        typePaperForm(coordinator, "2", items, "5", "");
        coordinator.until(d -> d.findElement(By.cssSelector("[data-paper-status]")).getText().contains("Skema 2 er gemt"));
        WebElement typed = coordinator.find(By.cssSelector("[data-typed]"));
        assertEquals("1,2", typed.getAttribute("data-typed"));
        assertTrue(typed.getText().contains("1–2"), typed.getText());
        coordinator.assertGoodPage("two paper forms typed in");

        typePaperForm(coordinator, "2", items, "3", "");
        WebElement error = coordinator.find(By.cssSelector("form[data-paper-entry] input[name=form] + .field-error"));
        assertTrue(error.getText().contains("2"), error.getText());
        assertEquals("true", coordinator.find(By.cssSelector("form[data-paper-entry] input[name=form]")).getAttribute("aria-invalid"));
        coordinator.assertAccessible("a form number typed in twice");
        JsonObject answers = api.get("api/activities/" + id).object().getJsonObject("answers");
        assertEquals(2, answers.getInt("paper"), answers.toString());
    }

    @Test
    default void theResultsShowAClosedEventAndOnlySayFewerThanFiveForASmallOne() {
        Http api = Broer.demo("coordinator");
        String n = unique();
        String big = "Kampagne mod hadforbrydelser " + n;
        long bigId = activity(api, big, 40);
        int[] scores = {5, 5, 4, 4, 2};
        for (int form = 1; form <= scores.length; form++) {
            paperForm(api, bigId, form, scores[form - 1], form == 1 ? "Politiet lyttede til os" : null);
        }
        close(api, bigId);
        String small = "Religiøs fejring i Tingbjerg " + n;
        long smallId = activity(api, small, 40);
        paperForm(api, smallId, 1, 5, "Kun to svarede");
        paperForm(api, smallId, 2, 4, null);
        close(api, smallId);

        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/evaluation-results.html");
        WebElement shown = coordinator.find(By.cssSelector("[data-occasion='" + big + "']"));
        assertEquals("false", shown.getAttribute("data-suppressed"));
        assertEquals("5", shown.findElement(By.cssSelector("[data-answers]")).getAttribute("data-answers"));
        List<WebElement> rows = shown.findElements(By.cssSelector("tr[data-item]"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertEquals("80", row.getAttribute("data-share"), row.getText());
            assertTrue(row.getText().contains("4 af 5") && row.getText().contains("80 %"), row.getText());
        }
        assertTrue(shown.findElement(By.cssSelector("[data-comments]")).getText().contains("Politiet lyttede til os"));

        WebElement few = coordinator.find(By.cssSelector("[data-occasion='" + small + "']"));
        assertEquals("true", few.getAttribute("data-suppressed"));
        assertTrue(few.getText().contains("Færre end 5 svar"), few.getText());
        assertFalse(few.getText().contains("Kun to svarede"), "no comments under the threshold");
        assertTrue(few.findElements(By.tagName("table")).isEmpty(), "no figures under the threshold");
        coordinator.assertGoodPage("the evaluation results");
    }

    @Test
    default void aCoordinatorGivesAConsultancyItsLinkSeesTheAnswersCountAndClosesIt() {
        String recipient = "Café på Nørrebro (ledelse og personale) " + unique();
        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/consultancies.html");
        coordinator.find(By.cssSelector("section[aria-labelledby=new-consultancy] summary")).click();
        String form = "form[data-new-consultancy] ";
        coordinator.type(form + "input[name=recipient]", recipient);
        coordinator.setValue(form + "input[name=givenOn]", LocalDate.now().minusDays(1).toString());
        coordinator.select(form + "select[name=district]", "noerrebro");
        coordinator.type(form + "input[name=people]", "4");
        coordinator.assertGoodPage("the consultancies, a new one filled in");
        coordinator.find(By.cssSelector(form + "button[type=submit]")).click();
        coordinator.announced("er oprettet");
        WebElement card = consultancyCard(coordinator, recipient);
        String link = card.findElement(By.cssSelector("[data-link]")).getAttribute("data-link");
        assertTrue(link.startsWith(base() + "answer#"), link);
        WebElement qr = card.findElement(By.cssSelector("img[data-qr]"));
        coordinator.until(d -> ((Number) coordinator.script("return arguments[0].naturalWidth", qr)).intValue() > 0);
        coordinator.assertGoodPage("a new consultancy with its link");

        String token = link.substring(link.indexOf('#') + 1);
        Http.Reply reply = Broer.anonymous().post("api/evaluations/link/answers", answer(Json.createObjectBuilder()
                .add("token", token), itemsOfLink(token), 5, null));
        assertEquals(201, reply.status(), reply.toString());
        coordinator.open(base() + "consultancies.html");
        WebElement counted = consultancyCard(coordinator, recipient);
        assertTrue(counted.getText().contains("1 af 4 har svaret"), counted.getText());
        counted.findElement(By.cssSelector("button[data-close]")).click();
        coordinator.until(ExpectedConditions.alertIsPresent()).accept();
        coordinator.until(d -> "true".equals(consultancyCard(coordinator, recipient).getAttribute("data-closed")));
        WebElement closed = consultancyCard(coordinator, recipient);
        assertTrue(closed.findElement(By.cssSelector("[data-card-status]")).getText().contains("er lukket"), closed.getText());
        assertTrue(closed.findElements(By.cssSelector("[data-link], button[data-close]")).isEmpty(), "a closed link is not offered");
        coordinator.assertGoodPage("a closed consultancy");
    }

    private static String unique() {
        return RUN + "-" + OCCASIONS.incrementAndGet();
    }

    private static WebElement consultancyCard(Browser browser, String recipient) {
        return browser.until(d -> d.findElements(By.cssSelector("li[data-consultancy]")).stream()
                .filter(li -> li.findElement(By.tagName("h3")).getText().equals(recipient)).findFirst().orElse(null));
    }

    /** Types one paper form as a coordinator would: the number, a digit per item, the comment, Enter. */
    private static void typePaperForm(Browser browser, String number, List<String> items, String score, String comment) {
        String form = "form[data-paper-entry] ";
        browser.type(form + "input[name=form]", number);
        for (String item : items) {
            browser.type(form + "input[name='scores." + item + "']", score);
        }
        if (comment.isEmpty()) {
            browser.find(By.cssSelector(form + "textarea[name=comment]")).clear();
        } else {
            browser.type(form + "textarea[name=comment]", comment);
        }
        browser.find(By.cssSelector(form + "input[name='scores." + items.get(items.size() - 1) + "']")).sendKeys(Keys.ENTER);
    }

    /** An event made through the API, running yesterday and today. */
    private static long activity(Http coordinator, String title, int participants) {
        String body = Json.createObjectBuilder().add("kind", "event").add("title", title)
                .add("startsOn", LocalDate.now().minusDays(1).toString()).add("endsOn", LocalDate.now().toString())
                .add("district", "noerrebro").add("partners", Json.createArrayBuilder().add("Horesta"))
                .add("participants", participants).build().toString();
        Http.Reply reply = coordinator.post("api/activities", body);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create an activity: " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    private static List<String> itemsOf(Http coordinator, long activity) {
        return coordinator.get("api/activities/" + activity + "/questionnaire").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    private static List<String> itemsOfLink(String token) {
        return Broer.anonymous().post("api/evaluations/link", Json.createObjectBuilder().add("token", token).build().toString())
                .object().getJsonObject("questionnaire").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    /** The answer body: the same score for every item, and the comment if any. */
    private static String answer(JsonObjectBuilder body, List<String> items, int score, String comment) {
        JsonObjectBuilder scores = Json.createObjectBuilder();
        items.forEach(item -> scores.add(item, score));
        body.add("scores", scores);
        if (comment != null) {
            body.add("comment", comment);
        }
        return body.build().toString();
    }

    private static void paperForm(Http coordinator, long activity, int form, int score, String comment) {
        Http.Reply reply = coordinator.post("api/activities/" + activity + "/paper-forms",
                answer(Json.createObjectBuilder().add("form", form), itemsOf(coordinator, activity), score, comment));
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not type in paper form " + form + ": " + reply);
        }
    }

    private static void close(Http coordinator, long activity) {
        Http.Reply reply = coordinator.post("api/activities/" + activity + "/close", "{}");
        if (reply.status() != 200) {
            throw new IllegalStateException("Could not close activity " + activity + ": " + reply);
        }
    }
}
