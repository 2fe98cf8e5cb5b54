package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A driver confirms the spelling of her name and gets her certificate on the phone; a doorman's
 * employer checks one by its code; a coordinator issues, prints, corrects and revokes.
 */
interface CertificateJourneys {

    String base();

    Browser browser();

    @Test
    default void aDriverConfirmsHerNameOnThePhoneAndOpensHerCertificatesVerificationPage() {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 20);
        Browser phone = browser();
        phone.open(base() + "join/" + cohort.joinCode());
        phone.type("input[name=name]", "Nguyen Van An");
        phone.find(By.cssSelector("main form button[type=submit]")).click();
        phone.find(By.cssSelector("[data-resume-code]"));
        long learner = trainerApi.get(cohort.path() + "/learners").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("name").equals("Nguyen Van An")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        TestCertificates.complete(trainerApi, cohort, learner);

        phone.open(base() + "me.html");
        phone.find(By.cssSelector("[data-confirm-name]"));
        phone.assertGoodPage("my page, asked to confirm the name");
        phone.type("[data-confirm-name] input[name=name]", "");
        phone.find(By.cssSelector("[data-confirm-name] button[type=submit]")).click();
        assertTrue(phone.find(By.cssSelector(".field-error")).getText().contains("Skriv navnet"), "an empty name is refused");
        phone.type("[data-confirm-name] input[name=name]", "Nguyễn Văn An");
        phone.find(By.cssSelector("[data-confirm-name] button[type=submit]")).click();
        assertEquals("Nguyễn Văn An", phone.find(By.cssSelector("[data-certificate] [data-holder]")).getText());
        assertTrue(phone.find(By.cssSelector("a[data-pdf=da]")).getAttribute("href").endsWith("/pdf?lang=da"));
        assertTrue(phone.find(By.cssSelector("a[data-pdf=en]")).getAttribute("href").endsWith("/pdf?lang=en"));
        phone.assertGoodPage("my page with my certificate");

        phone.find(By.cssSelector("a[data-verify-link]")).click();
        assertEquals("valid", phone.find(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"));
        assertEquals("Nguyễn Văn An", phone.find(By.cssSelector("[data-holder]")).getText());
        phone.assertGoodPage("the verification page of a valid certificate");
    }

    @Test
    default void anEmployerTypesACodeFromACertificateAndSeesItIsGenuineOrRevoked() {
        Http trainerApi = Broer.demo("trainer");
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        trainerApi.get("api/cohorts/" + TestCohorts.demo(trainerApi, TestCohorts.SOELVGADE) + "/certificates").array()
                .getValuesAs(JsonObject.class).forEach(r -> codes.put(r.getString("name"), r.getJsonObject("award").getString("code")));
        Browser visitor = browser();
        visitor.open(base() + "verify");
        visitor.find(By.cssSelector("[data-verify-form]"));
        visitor.assertGoodPage("the verification page, empty");
        visitor.type("input[name=code]", "AAAAA-AAAAA");
        visitor.find(By.cssSelector("main form button[type=submit]")).click();
        assertTrue(visitor.find(By.cssSelector("[data-verdict=unknown]")).getText().contains("Intet bevis har koden AAAAA-AAAAA"));
        visitor.assertGoodPage("a wrong code");
        visitor.type("input[name=code]", codes.get("فاطمة الزهراء").toLowerCase());
        visitor.find(By.cssSelector("main form button[type=submit]")).click();
        assertEquals("valid", visitor.find(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"));
        assertEquals("فاطمة الزهراء", visitor.find(By.cssSelector("[data-holder]")).getText());
        assertTrue(visitor.find(By.cssSelector("a[data-credential=da]")).getAttribute("href").endsWith("/credential?lang=da"),
                "the signed credential is offered for download");
        visitor.assertGoodPage("an Arabic-script name, valid");
        visitor.open(base() + "verify/" + codes.get("Agnieszka Kowalska"));
        assertEquals("revoked", visitor.find(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"));
        assertTrue(visitor.find(By.cssSelector("[data-verdict]")).getText().contains("Udstedt ved en fejl"));
        visitor.assertGoodPage("a revoked certificate");
    }

    @Test
    default void aCoordinatorIssuesEveryoneLeftPrintsThemCorrectsOneAndRevokesAnother() {
        Http trainerApi = Broer.demo("trainer");
        TestCohorts.Made cohort = TestCohorts.create(trainerApi, 40);
        TestCertificates.completed(trainerApi, cohort, "Mehmet Sahin");
        TestCertificates.completed(trainerApi, cohort, "Omar Haddad");
        Browser coordinator = browser();
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/certificates.html?cohort=" + cohort.id());
        coordinator.find(By.cssSelector("[data-confirm-all]"));
        coordinator.assertGoodPage("a cohort's certificates, none issued");
        coordinator.find(By.cssSelector("[data-confirm-all]")).click();
        coordinator.announced("2 beviser udstedt");
        String print = coordinator.find(By.cssSelector("a[data-batch=da]")).getAttribute("href");
        Http.Download batch = Broer.demo("coordinator").download(print.substring(base().length()));
        assertEquals(200, batch.status());
        assertEquals("application/pdf", batch.contentType());

        coordinator.find(By.cssSelector("[data-learner='Mehmet Sahin'] [data-tool=correct] summary")).click();
        coordinator.type("[data-learner='Mehmet Sahin'] [data-correct] input[name=name]", "Mehmet Şahin");
        coordinator.find(By.cssSelector("[data-learner='Mehmet Sahin'] [data-correct] button[type=submit]")).click();
        coordinator.announced("Genudstedt til Mehmet Şahin");
        coordinator.find(By.cssSelector("[data-learner='Omar Haddad'] [data-tool=revoke] summary")).click();
        coordinator.type("[data-learner='Omar Haddad'] [data-revoke] input[name=reason]", "Markeret ved en fejl");
        coordinator.find(By.cssSelector("[data-learner='Omar Haddad'] [data-revoke] button[type=submit]")).click();
        coordinator.announced("tilbagekaldt");
        assertEquals("revoked", coordinator.find(By.cssSelector("[data-learner='Omar Haddad'] [data-status]")).getAttribute("data-status"));
        coordinator.assertGoodPage("after a reissue and a revocation");
    }
}
