package dk.broer.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bus driver downloads everything Broer has about her from her own page; another asks to be
 * forgotten and a coordinator erases him; an admin reads the record of processing.
 */
interface PrivacyJourneys {

    String base();

    Browser browser();

    @Test
    default void aLearnerDownloadsAllHerDataAsJsonFromHerOwnPage() throws IOException {
        TestCohorts.Made cohort = TestCohorts.create(Broer.demo("trainer"), 20);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.type("input[name=name]", "Karin Bæk Sørensen");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        phone.find(By.cssSelector("[data-resume-code]"));
        phone.open(base() + "me.html");
        WebElement link = phone.find(By.cssSelector("a[data-my-data]"));
        assertTrue(link.getAttribute("href").endsWith("/api/me/data"), link.getAttribute("href"));
        assertEquals("Hent alle mine data (JSON)", link.getText());
        phone.assertGoodPage("my page with the download of my data");

        Files.createDirectories(Browser.DOWNLOADS);
        try (Stream<Path> old = Files.list(Browser.DOWNLOADS)) {
            old.filter(p -> p.getFileName().toString().startsWith("broer-data")).forEach(p -> p.toFile().delete());
        }
        link.click();
        // Chromium writes to a .crdownload and renames it when complete: the name appears whole.
        Path file = phone.until(d -> downloadedData());
        String json = Files.readString(file, StandardCharsets.UTF_8);
        JsonObject export;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            export = reader.readObject();
        }
        assertTrue(json.contains("Karin Bæk Sørensen"), "the export holds her name: " + json);
        assertFalse(export.getJsonArray("sections").isEmpty(), "the export has its sections");
        assertEquals("learner", export.getJsonObject("subject").getString("kind"));
    }

    private static Path downloadedData() {
        try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
            return files.filter(p -> p.getFileName().toString().equals("broer-data.json")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    default void aCoordinatorErasesALearnerWhoAskedKeepingTheCertificateValidWithoutTheName() {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 20);
        TestCertificates.Completed completed = TestCertificates.completed(trainerApi, cohort, "Jesper Vinther Holm");
        String code = TestCertificates.confirmed(completed, "Jesper Vinther Holm");

        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/cohort.html?id=" + cohort.id());
        coordinator.find(By.cssSelector("[data-learner='Jesper Vinther Holm'] a[data-person-link]")).click();
        coordinator.until(d -> d.getCurrentUrl().contains("person.html?id=" + completed.learnerId()));
        assertEquals("Jesper Vinther Holm", coordinator.find(By.cssSelector("h1[data-person]")).getText());
        assertTrue(coordinator.find(By.cssSelector("[data-certificate='" + code + "']")).getText().contains("gyldigt"));
        assertTrue(coordinator.find(By.cssSelector("a[data-person-data]")).getAttribute("href")
                .endsWith("/api/people/" + completed.learnerId() + "/data"));
        coordinator.assertGoodPage("a learner's person page");

        coordinator.find(By.cssSelector("form[data-erase] button[type=submit]")).click();
        coordinator.find(By.cssSelector("form[data-erase] .field-error"));
        coordinator.find(By.cssSelector("#erase-confirmed[aria-invalid=true]"));
        coordinator.assertAccessible("erasure refused without the confirmation");
        assertEquals("Jesper Vinther Holm", coordinator.find(By.cssSelector("h1[data-person]")).getText(), "nothing was erased");

        coordinator.find(By.cssSelector("label[for=certificates-keep]")).click();
        coordinator.find(By.cssSelector("label[for=erase-confirmed]")).click();
        coordinator.find(By.cssSelector("form[data-erase] button[type=submit]")).click();
        WebElement done = coordinator.find(By.cssSelector("[data-erased]"));
        assertTrue(done.getText().contains("Beviser, der stadig gælder uden navn: 1"), done.getText());
        assertFalse(coordinator.driver().findElement(By.id("main")).getText().contains("Jesper"), "the name is gone from the page");
        assertTrue(coordinator.find(By.cssSelector("a[href='cohorts.html']")).isDisplayed());
        coordinator.assertGoodPage("the person erased");

        coordinator.open(base() + "person.html?id=" + completed.learnerId());
        coordinator.find(By.cssSelector("[data-person-missing]"));
        coordinator.assertAccessible("an erased person's page");

        coordinator.open(base() + "verify/" + code);
        assertEquals("valid", coordinator.find(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"));
        assertEquals("Navnet er slettet efter indehaverens ønske", coordinator.find(By.cssSelector("[data-holder]")).getText());
        assertTrue(coordinator.driver().findElements(By.cssSelector("a[data-credential]")).isEmpty(), "no credential: it carried the name");
        coordinator.assertGoodPage("the verification page of an erased holder's certificate");

        // The completion went with the person, so the cohort's certificates no longer list him at all.
        coordinator.open(base() + "certificates.html?cohort=" + cohort.id());
        coordinator.until(d -> d.findElement(By.id("main")).getText().contains("Ingen på holdet har gennemført forløbet endnu."));
        assertFalse(coordinator.driver().findElement(By.id("main")).getText().contains("Jesper"), "no name in the staff list");
        coordinator.assertAccessible("a cohort's certificates after an erasure");
    }

    @Test
    default void anAdminReadsTheRecordOfProcessing() {
        JsonObject record = Broer.demo("admin").get("api/privacy/record").object();
        Browser admin = browser();
        admin.signIn(base(), "admin", Broer.DEMO_PASSWORD, "/processing.html");
        admin.find(By.cssSelector("[data-entry='learner.identity']"));
        String page = admin.find(By.id("main")).getText();
        record.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e ->
                assertTrue(page.contains(e.getJsonObject("what").getString("da")), "the page lists " + e.getString("kind")));
        record.getJsonArray("otherTables").getValuesAs(JsonObject.class).forEach(o ->
                assertTrue(admin.driver().findElements(By.cssSelector("[data-other-tables] [data-table='" + o.getString("table") + "']"))
                        .size() == 1, "the page lists the table " + o.getString("table")));
        assertTrue(admin.find(By.cssSelector(".site-nav")).getText().contains("Fortegnelse over behandlinger"), "the menu has the page");
        admin.assertGoodPage("the record of processing (da)");
        admin.find(By.cssSelector("[data-lang='en']")).click();
        admin.until(d -> d.findElement(By.id("main")).getText().contains("Record of processing"));
        JsonObject identity = record.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("learner.identity")).findFirst().orElseThrow();
        admin.until(d -> d.findElement(By.id("main")).getText().contains(identity.getJsonObject("what").getString("en")));
        admin.assertAccessible("the record of processing (en)");
    }
}
