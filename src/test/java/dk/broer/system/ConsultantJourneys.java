package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A candidate logs a supervision session and the local project on a phone; an assessor asks for
 * a change, observes, then approves; the verification page says until when it holds.
 */
interface ConsultantJourneys {

    String base();

    Browser browser();

    @Test
    default void aCandidateLogsOnThePhoneAndAnAssessorAsksForAChangeThenApproves() {
        Http trainer = Broer.demo("trainer");
        TestCohorts.Made cohort = TestConsultants.cohort(trainer);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.type("input[name=name]", "Leila Farahani");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        String resume = phone.find(By.cssSelector("[data-resume-code]")).getAttribute("data-resume-code");
        Http api = Broer.anonymous();
        api.post("api/resume", "{\"code\":\"" + resume + "\"}");
        long learner = api.get("api/session").object().getJsonNumber("id").longValue();
        TestConsultants.Candidate candidate = new TestConsultants.Candidate(api, learner, cohort);
        TestConsultants.logEverything(trainer, candidate);

        phone.open(base() + "practice.html");
        phone.find(By.cssSelector("form[data-add=supervision]"));
        phone.assertGoodPage("the practice log");
        String day = LocalDate.now().minusDays(1).toString();
        phone.setValue("form[data-add=supervision] input[name=occurredOn]", day);
        phone.type("form[data-add=supervision] input[name=supervisor]", "Hamza Abdi Warsame");
        phone.type("form[data-add=supervision] input[name=minutes]", "60");
        phone.type("form[data-add=supervision] textarea[name=notes]", "Deltager 010190-1234");
        phone.find(By.cssSelector("form[data-add=supervision] button[type=submit]")).click();
        assertTrue(phone.find(By.cssSelector("form[data-add=supervision] .field-error")).getText().contains("CPR"),
                "a CPR number is refused on the form");
        phone.type("form[data-add=supervision] textarea[name=notes]", "Om at give alle ordet");
        phone.find(By.cssSelector("form[data-add=supervision] button[type=submit]")).click();
        try {
            phone.until(d -> d.findElements(By.cssSelector("li[data-entry-kind=supervision]")).size() == 5);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("5 supervision entries expected; the page says: " + phone.find(By.cssSelector("main")).getText(), e);
        }
        assertEquals("true", phone.find(By.cssSelector("li[data-requirement=supervision]")).getAttribute("data-met"));
        phone.assertGoodPage("the practice log, everything logged");
        phone.find(By.cssSelector("button[data-submit-for-assessment]")).click();
        phone.until(d -> "submitted".equals(d.findElement(By.cssSelector("[data-practice-status]")).getAttribute("data-practice-status")));

        Browser assessor = browser();
        assessor.signIn(base(), "assessor", Broer.DEMO_PASSWORD, "/assessment.html?learner=" + learner);
        assessor.find(By.cssSelector("form[data-changes]"));
        assessor.assertGoodPage("an assessor's view of a candidate");
        assessor.type("form[data-changes] textarea[name=message]", "Beskriv den anden dialog lidt mere.");
        assessor.find(By.cssSelector("form[data-changes] button[type=submit]")).click();
        assessor.until(d -> d.getPageSource().contains("Beskriv den anden dialog"));
        assertEquals(200, api.post("api/me/practice/submission", "{}").status(), "the candidate sends it again");
        assessor.open(base() + "assessment.html?learner=" + learner);
        assessor.setValue("form[data-observation] input[name=observedOn]", day);
        for (WebElement met : assessor.driver().findElements(By.cssSelector("form[data-observation] input[type=radio][value=met]"))) {
            assessor.script("arguments[0].click()", met);
        }
        assessor.find(By.cssSelector("form[data-observation] button[type=submit]")).click();
        assessor.find(By.cssSelector("[data-observation-result]"));
        assessor.find(By.cssSelector("button[data-approve]")).click();
        assessor.until(d -> !d.findElements(By.cssSelector("[data-announce] [role=status], [data-announce] .alert")).isEmpty());
        assessor.assertGoodPage("after approval");

        String code = api.get("api/me/practice").object().getJsonObject("certification").getString("code");
        phone.open(base() + "verify/" + code);
        assertEquals("valid", phone.find(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"));
        assertTrue(phone.find(By.cssSelector("main")).getText().contains("Gyldigt til"));
        phone.assertGoodPage("a certification's verification page");

        Browser trainerPage = browser();
        trainerPage.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/cohort.html?id=" + cohort.id());
        String shown = trainerPage.find(By.cssSelector("[data-candidates]")).getText();
        assertTrue(shown.contains("Leila Farahani"), shown);
        assertTrue(!trainerPage.find(By.cssSelector("main")).getText().contains("Beskriv den anden dialog"),
                "the trainer does not see the assessor's words");
        trainerPage.assertGoodPage("a dialogue cohort with its candidates");
    }
}
