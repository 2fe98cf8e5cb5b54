package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer finds who is stuck and downloads the matrix; an employer sees only their own staff. */
interface MatrixJourneys {

    String base();

    Browser browser();

    @Test
    default void aTrainerFiltersTheStuckSortsAndDownloadsACsvWithoutLiveFormulas() throws IOException {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 20);
        Http stuck = TestCohorts.newLearner(cohort.joinCode(), "=HYPERLINK(\"http://evil.example\")");
        for (int i = 0; i < 3; i++) {
            LearningTests.answer(stuck, "welcome-to-everyone", false);
        }
        Http ahead = TestCohorts.newLearner(cohort.joinCode(), "Maja Kristensen");
        LearningTests.answer(ahead, "welcome-to-everyone", true);
        LearningTests.answer(ahead, "law-at-the-counter", true);
        TestCohorts.newLearner(cohort.joinCode(), "Bo Lindholm");

        Browser trainer = browser();
        trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/matrix.html?cohort=" + cohort.id());
        trainer.until(d -> d.findElements(By.cssSelector("tbody tr")).size() == 3);
        trainer.assertGoodPage("matrix at 360 px (a list per learner)");
        trainer.find(By.cssSelector("#matrix-stuck")).click();
        trainer.until(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1);
        assertEquals("=HYPERLINK(\"http://evil.example\")", trainer.find(By.cssSelector("tbody tr .matrix__name")).getText(),
                "the name shows exactly as typed");
        trainer.find(By.cssSelector("#matrix-stuck")).click();
        trainer.select("#matrix-sort", "progress");
        trainer.until(d -> "Maja Kristensen".equals(d.findElement(By.cssSelector("tbody tr .matrix__name")).getText()));
        trainer.width(1200);
        trainer.assertAccessible("matrix as a grid");

        Files.createDirectories(Browser.DOWNLOADS);
        try (Stream<Path> old = Files.list(Browser.DOWNLOADS)) {
            old.forEach(p -> p.toFile().delete());
        }
        trainer.find(By.cssSelector("a[data-csv=semicolon]")).click();
        Path file = trainer.until(d -> downloaded());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        trainer.width(Browser.PHONE_WIDTH);
        assertTrue(csv.startsWith("\uFEFFNavn;"), csv);
        List<List<String>> rows = MatrixTests.parse(csv.substring(1), ';');
        assertEquals(4, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'=HYPERLINK(\"http://evil.example\")")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("ikke bestået (3 forsøg)")), rows.toString());
        rows.forEach(r -> r.forEach(cell -> assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, cell)));

        trainer.find(By.cssSelector("[data-stuck-slips]")).click();
        trainer.until(d -> !d.findElements(By.cssSelector("input[name=learners]")).isEmpty());
        List<String> chosen = trainer.driver().findElements(By.cssSelector("input[name=learners]:checked")).stream()
                .map(box -> trainer.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText()).toList();
        assertEquals(1, chosen.size(), "the stuck learner's slip is chosen, nobody else's: " + chosen);
        assertTrue(chosen.get(0).startsWith("=HYPERLINK(\"http://evil.example\")"), chosen.toString());
    }

    private static Path downloaded() {
        try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
            return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    default void anEmployerSeesTheirStaffAndIsRefusedAnotherOrganisations() {
        long hotel = Broer.demo("coordinator").get("api/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Hotel Havnelys")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Browser contact = browser();
        contact.signIn(base(), "contact", Broer.DEMO_PASSWORD, "/employer.html");
        WebElement ayse = contact.find(By.cssSelector("[data-person='Ayşe Yılmaz']"));
        assertTrue(ayse.getText().contains("gennemført"), ayse.getText());
        assertTrue(contact.find(By.cssSelector(".site-nav")).getText().contains("Vores medarbejdere"));
        contact.assertGoodPage("the employer's view");
        contact.open(base() + "employer.html?organisation=" + hotel);
        WebElement alert = contact.find(By.cssSelector("[role=alert]"));
        assertTrue(alert.getText().contains("Ikke tilladt"), alert.getText());
        contact.assertAccessible("another organisation's staff: refused");
    }
}
