package dk.broer.system;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner works through a module on a phone; a trainer's tick of attendance completes the track. */
interface LearningJourneys {

    Catalogue LIBRARY_FOR_BROWSER = Broer.content();

    String base();

    Browser browser();

    Browser freshBrowser(String language);

    private static void answer(Browser phone, ModuleText text, boolean right) {
        WebElement form = phone.find(By.cssSelector("form.knowledge-check-form"));
        for (Question question : text.questions()) {
            List<Integer> picks = right ? question.correctOptions().stream().sorted().toList()
                    : List.of(question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().index());
            for (WebElement input : phone.driver().findElements(By.cssSelector("fieldset[data-question='" + question.id() + "'] input"))) {
                if (input.isSelected() && question.multiple()) {
                    input.click();
                }
            }
            for (int index : picks) {
                phone.find(By.cssSelector("fieldset[data-question='" + question.id() + "'] input[value='" + index + "']")).click();
            }
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    default void aDriverFailsOnceCannotReadTheAnswersPassesAndIsCompleteWhenTheTrainerTicksTheWorkshop() {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 20);
        long meeting = TestCohorts.firstMeetingOrAdd(trainerApi, cohort);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.type("input[name=name]", "Abdirahman Warsame");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        String code = phone.find(By.cssSelector("[data-resume-code]")).getAttribute("data-resume-code");
        phone.find(By.cssSelector("a[href='me.html']")).click();
        List<String> modules = LIBRARY_FOR_BROWSER.track("bus-drivers").orElseThrow().moduleIds();
        WebElement bar = phone.find(By.cssSelector("[role=progressbar]"));
        assertEquals("0 af " + modules.size() + " moduler bestået", bar.getAttribute("aria-valuetext"));
        phone.assertGoodPage("my courses, nothing done yet");

        phone.find(By.cssSelector("[data-module='" + modules.get(0) + "'] a")).click();
        ModuleText first = LIBRARY_FOR_BROWSER.module(modules.get(0)).orElseThrow().in("da");
        answer(phone, first, false);
        WebElement result = phone.find(By.cssSelector("[data-check-result] [data-passed]"));
        assertEquals("false", result.getAttribute("data-passed"));
        assertEquals(0, phone.driver().findElements(By.cssSelector(".kc-option--correct")).size(),
                "the first failed attempt gives no right answers to copy");
        phone.assertAccessible("a failed attempt");
        answer(phone, first, true);
        phone.until(d -> "true".equals(d.findElement(By.cssSelector("[data-check-result] [data-passed]")).getAttribute("data-passed")));
        phone.assertAccessible("a passed attempt");

        phone.open(base() + "me.html");
        phone.until(d -> ("1 af " + modules.size() + " moduler bestået")
                .equals(d.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuetext")));
        assertEquals("passed", phone.find(By.cssSelector("[data-module='" + modules.get(0) + "']")).getAttribute("data-state"));
        phone.assertGoodPage("my courses, one module passed");

        // The rest on a second device (the resume code), as over a week of shifts.
        Http tablet = Broer.anonymous();
        tablet.post("api/resume", "{\"code\":\"" + code + "\"}");
        for (String module : modules.subList(1, modules.size())) {
            LearningTests.answer(tablet, module, true);
        }
        phone.driver().navigate().refresh();
        phone.find(By.cssSelector("[data-workshop='waiting']"));

        try (Browser trainer = freshBrowser("da")) {
            trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/attendance.html?cohort=" + cohort.id() + "&meeting=" + meeting);
            WebElement present = trainer.find(By.cssSelector("[data-learner='Abdirahman Warsame'] [data-present]"));
            trainer.assertGoodPage("attendance");
            present.click();
            trainer.until(d -> "true".equals(present.getAttribute("aria-pressed")));
            trainer.find(By.cssSelector("[data-learner='Abdirahman Warsame'] [data-undo]"));
        }
        phone.driver().navigate().refresh();
        WebElement completed = phone.find(By.cssSelector("[data-completed]"));
        assertTrue(completed.getText().startsWith("Gennemført den"), completed.getText());
        phone.assertGoodPage("my courses, completed");
    }
}
