package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Joining without e-mail and running a cohort, in the browser at 360 px, with every page checked. */
interface CohortJourneys {

    String base();

    Browser browser();

    Browser freshBrowser(String language);

    @Test
    default void aLearnerJoinsOnAPhoneSeesTheCodeSignsOutAndResumesOnAnotherDevice() {
        TestCohorts.Made cohort = TestCohorts.create(Broer.demo("trainer"), 20);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.find(By.cssSelector("input[name=name]"));
        assertTrue(phone.find(By.cssSelector("#cohort-name")).getText().startsWith("Testhold"));
        assertTrue(phone.driver().getPageSource().contains("Om dine oplysninger"), "the privacy notice is on the join page");
        phone.assertGoodPage("join page");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        phone.find(By.cssSelector("input[name=name][aria-invalid=true]"));
        phone.assertAccessible("join page with an error");
        phone.type("input[name=name]", "Ayşe Yılmaz");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        WebElement box = phone.find(By.cssSelector("[data-resume-code]"));
        String code = box.getAttribute("data-resume-code");
        assertTrue(code.matches("\\w{5}-\\w{5}-\\w{5}"), code);
        assertTrue(phone.driver().getPageSource().contains("Skriv den ned, eller tag et billede af den"));
        phone.assertGoodPage("joined, with the resume code");

        phone.find(By.cssSelector("a[href='me.html']")).click();
        phone.until(d -> d.getPageSource().contains("Hej, Ayşe Yılmaz"));
        phone.assertGoodPage("my courses");
        phone.find(By.cssSelector("[data-not-me]")).click();
        phone.until(d -> d.getCurrentUrl().endsWith("/index.html"));

        try (Browser laptop = freshBrowser("en")) {
            laptop.open(base() + "resume");
            laptop.type("input[name=code]", code.toLowerCase());
            laptop.assertGoodPage("resume page");
            laptop.find(By.cssSelector("main form button[type=submit]")).click();
            laptop.until(d -> d.getCurrentUrl().endsWith("/me.html") && d.getPageSource().contains("Hello, Ayşe Yılmaz"));
            assertTrue(laptop.find(By.cssSelector("[data-cohort]")).getText().contains("Testhold"));
            String menu = laptop.find(By.cssSelector(".site-nav")).getText();
            assertTrue(menu.contains("My courses"), menu);
        }
    }

    @Test
    default void theSecondDoormanOnASharedTabletSaysNotMeAndJoinsAsHimself() {
        TestCohorts.Made cohort = TestCohorts.create(Broer.demo("trainer"), 20);
        Browser tablet = browser();
        tablet.open(base() + "join/" + cohort.joinCode());
        tablet.type("input[name=name]", "Omar Haddad");
        tablet.find(By.cssSelector("main form button[type=submit]")).click();
        tablet.find(By.cssSelector("[data-resume-code]"));

        tablet.open(base() + "join/" + cohort.joinCode());
        WebElement question = tablet.find(By.cssSelector("#you-are"));
        assertEquals("Du er Omar Haddad — er det ikke dig?", question.getText());
        tablet.assertGoodPage("join page: you are … – not you?");
        tablet.find(By.cssSelector("[data-not-me]")).click();
        tablet.type("input[name=name]", "Sigrid Joensen");
        tablet.find(By.cssSelector("main form button[type=submit]")).click();
        tablet.find(By.cssSelector("[data-resume-code]"));
        tablet.open(base() + "me.html");
        tablet.until(d -> d.getPageSource().contains("Hej, Sigrid Joensen"));
        assertEquals(2, Broer.demo("trainer").get(cohort.path() + "/learners").array().size());
    }

    @Test
    default void aTrainerCreatesACohortWithTwoMeetingsAndShowsThePoster() {
        Browser trainer = browser();
        trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/cohorts.html");
        trainer.find(By.cssSelector("[data-cohort]"));
        trainer.assertGoodPage("my cohorts");
        trainer.find(By.cssSelector("section[aria-labelledby=new-cohort] summary")).click();
        trainer.type("section[aria-labelledby=new-cohort] input[name=name]", "Fjordlinjen Sydhavn – aftenhold");
        trainer.select("section[aria-labelledby=new-cohort] select[name=organisationId]", String.valueOf(Fixtures.busCompany()));
        trainer.select("section[aria-labelledby=new-cohort] select[name=trackId]", "bus-drivers");
        trainer.select("section[aria-labelledby=new-cohort] select[name=districtCode]", "vesterbro-kongens-enghave");
        trainer.setValue("section[aria-labelledby=new-cohort] input[name=startsOn]", LocalDate.now().toString());
        trainer.setValue("section[aria-labelledby=new-cohort] input[name=endsOn]", LocalDate.now().plusDays(21).toString());
        trainer.type("section[aria-labelledby=new-cohort] input[name=capacity]", "24");
        trainer.find(By.cssSelector("section[aria-labelledby=new-cohort] button[type=submit]")).click();
        trainer.until(d -> d.getCurrentUrl().contains("/cohort.html?id="));
        trainer.until(d -> "Fjordlinjen Sydhavn – aftenhold".equals(d.findElement(By.cssSelector("main h1")).getText()));
        String code = trainer.find(By.cssSelector("[data-join-code]")).getAttribute("data-join-code");
        trainer.assertGoodPage("the new cohort");

        for (int day : new int[] {3, 10}) {
            trainer.setValue("section[aria-labelledby=meetings] > form input[name=date]", LocalDate.now().plusDays(day).toString());
            trainer.type("section[aria-labelledby=meetings] > form input[name=startTime]", "17:00");
            trainer.type("section[aria-labelledby=meetings] > form input[name=endTime]", "19:30");
            trainer.type("section[aria-labelledby=meetings] > form input[name=place]", "Sydhavn busgarage, 1. sal");
            int before = trainer.driver().findElements(By.cssSelector("li.meeting")).size();
            trainer.find(By.cssSelector("section[aria-labelledby=meetings] > form button[type=submit]")).click();
            trainer.until(d -> d.findElements(By.cssSelector("li.meeting")).size() == before + 1);
        }
        trainer.assertGoodPage("the cohort with two meetings");

        trainer.find(By.cssSelector("a[href^='cohort-poster.html']")).click();
        WebElement qr = trainer.find(By.cssSelector(".poster__qr"));
        trainer.until(d -> ((Number) trainer.script("return arguments[0].naturalWidth", qr)).intValue() > 0);
        assertEquals(code, trainer.find(By.cssSelector(".poster [data-join-code]")).getText());
        String poster = trainer.find(By.cssSelector(".poster")).getText();
        assertTrue(poster.contains("Kom med på kurset") && poster.contains("Join the course"), poster);
        assertTrue(poster.contains("Scan koden med din telefon") && poster.contains("Scan the code with your phone"), poster);
        trainer.assertGoodPage("the poster");
        trainer.driver().navigate().back();
        trainer.find(By.cssSelector("a[href^='cohort-screen.html']")).click();
        assertEquals(code, trainer.find(By.cssSelector(".screen [data-join-code]")).getText());
        trainer.assertAccessible("the code on the projector");
    }
}
