package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer imports an employer's list and prints code slips, in the browser at 360 px. */
interface ImportJourneys {

    String base();

    Browser browser();

    @Test
    default void aTrainerFixesTheBadRowImportsTheListAndPrintsCodeSlips() throws IOException {
        TestCohorts.Made cohort = TestCohorts.create(Broer.demo("trainer"), 30);
        String good = "\uFEFFNavn;Telefon;Medarbejdernummer\r\nBo Lindholm;20 30 40 51;FJ-1\r\nSamira Benali;;FJ-2\r\n"
                + "Jakub Zieliński;;FJ-3\r\nVõ Thị Hoa;;FJ-4\r\nElif Kaya;;FJ-5\r\n";
        Path bad = Files.writeString(Files.createTempFile(Broer.logDir(), "drivers-bad", ".csv"),
                good.replace("Samira Benali;;FJ-2", "Samira Benali;0102031234;FJ-2"), StandardCharsets.UTF_8);
        Path fixed = Files.writeString(Files.createTempFile(Broer.logDir(), "drivers", ".csv"), good, StandardCharsets.UTF_8);

        Browser trainer = browser();
        trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/cohort.html?id=" + cohort.id());
        trainer.find(By.cssSelector("#import-file")).sendKeys(bad.toAbsolutePath().toString());
        trainer.find(By.cssSelector("section[aria-labelledby=import] button[type=submit]")).click();
        WebElement summary = trainer.find(By.cssSelector("[data-import-summary]"));
        assertTrue(summary.getText().contains("1 rækker kan ikke importeres"), summary.getText());
        WebElement refused = trainer.find(By.cssSelector(".import-row--refused"));
        assertTrue(refused.getText().contains("Samira Benali") && refused.getText().contains("CPR-nummer"), refused.getText());
        assertEquals(0, trainer.driver().findElements(By.xpath("//button[starts-with(., 'Importér')]")).size(),
                "no import while a row is refused");
        trainer.assertGoodPage("cohort with a refused row in the preview");

        trainer.find(By.cssSelector("#import-file")).sendKeys(fixed.toAbsolutePath().toString());
        trainer.find(By.cssSelector("section[aria-labelledby=import] button[type=submit]")).click();
        trainer.until(d -> d.findElement(By.cssSelector("[data-import-summary]")).getText().contains("Filen kan importeres"));
        trainer.find(By.xpath("//button[starts-with(., 'Importér 5')]")).click();
        trainer.until(d -> d.findElement(By.cssSelector("[data-announce]")).getText().contains("5 deltagere er importeret"));
        assertEquals(5, trainer.driver().findElements(By.cssSelector("li.learner")).size());
        trainer.assertGoodPage("cohort after the import");

        trainer.find(By.cssSelector("a[href^='slips.html']")).click();
        trainer.until(d -> d.findElements(By.cssSelector("input[name=learners]:checked")).size() == 5);
        trainer.assertGoodPage("choosing slips");
        trainer.find(By.cssSelector("main form button[type=submit]")).click();
        trainer.until(d -> d.findElements(By.cssSelector(".slip")).size() == 5);
        WebElement slip = trainer.find(By.cssSelector(".slip[data-slip='Võ Thị Hoa']"));
        String code = slip.findElement(By.cssSelector("[data-resume-code]")).getText();
        assertTrue(code.matches("\\w{5}-\\w{5}-\\w{5}"), code);
        assertTrue(slip.getText().contains("Scan QR-koden") && slip.getText().contains("Scan the QR code"), slip.getText());
        WebElement qr = slip.findElement(By.cssSelector(".slip__qr"));
        trainer.until(d -> ((Number) trainer.script("return arguments[0].naturalWidth", qr)).intValue() > 0);
        trainer.assertGoodPage("code slips");
        assertEquals(200, Broer.anonymous().post("api/resume", "{\"code\":\"" + code + "\"}").status(), "the printed code signs in");
    }
}
