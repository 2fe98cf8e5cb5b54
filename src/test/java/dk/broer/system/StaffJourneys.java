package dk.broer.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff journeys of the access issue, in the browser, with every page checked. */
interface StaffJourneys {

    String base();

    Browser browser();

    Browser freshBrowser(String language);

    @org.junit.jupiter.api.Test
    default void anAdminCreatesATrainerWhoSetsAPasswordSignsInAndSeesTheirPages() {
        Browser admin = browser();
        admin.signIn(base(), "admin", Broer.DEMO_PASSWORD, "/staff.html");
        admin.find(By.cssSelector("section[aria-labelledby=new-account] form"));
        admin.assertGoodPage("staff list");
        admin.type("section[aria-labelledby=new-account] input[name=displayName]", "Amina Yusuf Farah");
        admin.type("section[aria-labelledby=new-account] input[name=username]", "amina.farah");
        admin.find(By.cssSelector("section[aria-labelledby=new-account] input[name=roles][value=trainer]")).click();
        admin.find(By.cssSelector("section[aria-labelledby=new-account] button[type=submit]")).click();
        WebElement link = admin.find(By.cssSelector(".link-box__url"));
        String url = admin.until(d -> link.getAttribute("value").isBlank() ? null : link.getAttribute("value"));
        assertTrue(url.startsWith(base() + "password.html#"), url);
        admin.find(By.cssSelector("li[data-account='amina.farah']"));
        admin.assertGoodPage("staff list with a new link");

        try (Browser trainer = freshBrowser("da")) {
            trainer.open(url);
            trainer.until(d -> d.getPageSource().contains("amina.farah"));
            assertFalse(trainer.driver().getCurrentUrl().contains("#"), "the token leaves the address bar");
            trainer.type("input[name=password]", "amina");
            trainer.find(By.cssSelector("main form button[type=submit]")).click();
            WebElement field = trainer.find(By.cssSelector("input[name=password][aria-invalid=true]"));
            assertTrue(trainer.find(By.cssSelector(".field-error")).getText().contains("mindst 12 tegn"));
            assertTrue(field.getAttribute("aria-describedby").contains("-error"));
            trainer.assertGoodPage("password page with an error");
            trainer.type("input[name=password]", "Sommer på Amager Strand");
            trainer.find(By.cssSelector("main form button[type=submit]")).click();
            trainer.find(By.cssSelector("a[href^='sign-in.html?username=amina.farah']")).click();
            trainer.until(d -> "amina.farah".equals(d.findElement(By.cssSelector("input[name=username]")).getAttribute("value")));
            trainer.assertGoodPage("sign-in page");
            trainer.type("input[name=password]", "Sommer på Amager Strand");
            trainer.find(By.cssSelector("main form button[type=submit]")).click();
            trainer.until(d -> d.getCurrentUrl().endsWith("/account.html"));
            trainer.until(d -> d.getPageSource().contains("Underviser"));
            String menu = trainer.find(By.cssSelector(".site-nav")).getText();
            assertTrue(menu.contains("Min konto") && menu.contains("Log ud"), menu);
            assertFalse(menu.contains("Personale"), "a trainer's menu has no staff page: " + menu);
            trainer.assertGoodPage("my account");
            trainer.open(base() + "staff.html");
            trainer.until(d -> d.getPageSource().contains("Ikke for din konto"));
            trainer.find(By.cssSelector("[data-sign-out]")).click();
            trainer.until(d -> d.getCurrentUrl().endsWith("/index.html"));
            assertTrue(trainer.find(By.cssSelector(".site-nav")).getText().contains("Log ind"));
        }
    }

    @org.junit.jupiter.api.Test
    default void aCoordinatorIsToldWhenAnOrganisationsNameIsTaken() {
        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/organisations.html");
        coordinator.find(By.cssSelector("li[data-organisation='Hotel Havnelys']"));
        coordinator.assertGoodPage("organisations");
        coordinator.type("section[aria-labelledby=add] input[name=name]", "hotel  havnelys");
        new org.openqa.selenium.support.ui.Select(coordinator.find(By.cssSelector("section[aria-labelledby=add] select[name=sector]")))
                .selectByValue("hospitality");
        coordinator.find(By.cssSelector("section[aria-labelledby=add] button[type=submit]")).click();
        WebElement name = coordinator.find(By.cssSelector("section[aria-labelledby=add] input[name=name][aria-invalid=true]"));
        String error = coordinator.find(By.cssSelector("section[aria-labelledby=add] .field-error")).getText();
        assertTrue(error.contains("Der findes allerede en organisation med dette navn."), error);
        String[] describedBy = name.getAttribute("aria-describedby").split(" ");
        assertEquals(error, coordinator.driver().findElement(By.id(describedBy[describedBy.length - 1])).getText(),
                "the field is described by its error");
        coordinator.assertGoodPage("organisations with a field error");
        coordinator.type("section[aria-labelledby=add] input[name=name]", "Kaffebaren Ærø");
        coordinator.find(By.cssSelector("section[aria-labelledby=add] button[type=submit]")).click();
        coordinator.find(By.cssSelector("li[data-organisation='Kaffebaren Ærø']"));
    }
}
