package dk.broer.system;

import dk.broer.certification.PdfChecks;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.broer.system.TestCertificates.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates over HTTP: confirming the name, the PDF and what independent checkers say of it,
 * the trainer confirming on a learner's behalf, the cohort's batch, reissue, revocation and the
 * public verification.
 */
interface CertificateTests {

    String VIETNAMESE = "Nguyễn Văn An";
    String ARABIC = "فاطمة الزهراء";

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static JsonObject only(Http learner) {
        List<JsonObject> mine = learner.get("api/me/certificates?lang=en").array().getValuesAs(JsonObject.class);
        assertEquals(1, mine.size(), mine.toString());
        return mine.get(0);
    }

    @Test
    default void aLearnerConfirmsTheirNameOnceAndGetsAnArchivalPdfInEitherLanguage() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Nguyen Van An");
        JsonObject waiting = only(done.learner());
        assertEquals("Nguyen Van An", waiting.getString("name"), "the name Broer has, offered for checking");
        assertFalse(waiting.containsKey("certificate"), "no certificate before the name is confirmed");

        // Typed decomposed (NFD) on one keyboard: stored and printed as NFC.
        String typed = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
        String code = TestCertificates.confirmed(done, typed);
        JsonObject issued = only(done.learner()).getJsonObject("certificate");
        assertEquals(VIETNAMESE, issued.getString("holderName"));
        assertEquals("valid", issued.getString("status"));
        assertEquals(Broer.base() + "verify/" + code, issued.getString("verifyUrl"));
        assertEquals(VIETNAMESE, done.learner().get("api/me").object().getString("name"), "the corrected spelling is the learner's name now");
        assertEquals(code, TestCertificates.confirmed(done, "Someone Else"), "confirming again gives the same certificate");

        for (String lang : List.of("da", "en")) {
            Http.Download pdf = done.learner().download("api/me/certificates/" + code + "/pdf?lang=" + lang);
            assertEquals(200, pdf.status());
            assertEquals("application/pdf", pdf.contentType());
            assertTrue(pdf.disposition().contains("certificate-" + code + "-" + lang + ".pdf"), pdf.disposition());
            assertEquals(List.of(), PdfChecks.pdfaProblems(pdf.bytes()), "veraPDF: PDF/A-2b");
            assertEquals(List.of(), PdfChecks.fontsNotEmbedded(pdf.bytes()));
            String text = PdfChecks.text(pdf.bytes());
            assertTrue(text.contains(VIETNAMESE), PdfChecks.lines(text));
            assertTrue(text.contains(lang.equals("da") ? "Kursusbevis" : "Certificate"), PdfChecks.lines(text));
            assertTrue(text.contains(code), "the typable code is printed");
            assertTrue(PdfChecks.pdftotext(pdf.bytes()).contains(VIETNAMESE), "poppler gives the name back too");
            // The QR code, read off the rendered page, leads to this certificate's verification page.
            String url = PdfChecks.qrCode(pdf.bytes(), 0);
            assertEquals(Broer.base() + "verify/" + code, url);
            JsonObject verified = Broer.anonymous().get("api/verify/" + url.substring(url.lastIndexOf('/') + 1)).object();
            assertEquals(VIETNAMESE, verified.getString("holderName"));
        }
        assertEquals("completion=" + done.completionId() + " confirmed-by=learner", issueEntry(cohort, done).getString("detail"));
    }

    /** The audit entry of the learner's certificate being issued (there must be exactly one). */
    private static JsonObject issueEntry(TestCohorts.Made cohort, TestCertificates.Completed done) {
        long award = trainer().get(cohort.path() + "/certificates").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("completionId").longValue() == done.completionId()).findFirst().orElseThrow()
                .getJsonObject("award").getJsonNumber("id").longValue();
        List<JsonObject> entries = Broer.demo("admin").get("api/audit?action=certificate.issue&targetKind=award&targetId=" + award)
                .object().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    @Test
    default void anArabicScriptNamePrintsShapedAndComesBackExactlyAsWritten() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, ARABIC);
        String code = TestCertificates.confirmed(done, ARABIC);
        byte[] pdf = done.learner().download("api/me/certificates/" + code + "/pdf?lang=da").bytes();
        assertEquals(List.of(), PdfChecks.pdfaProblems(pdf));
        assertTrue(PdfChecks.text(pdf).contains(ARABIC), "ActualText gives the logical string: " + PdfChecks.lines(PdfChecks.text(pdf)));
        assertTrue(PdfChecks.pdftotext(pdf).contains(ARABIC), "poppler gives base letters in logical order: "
                + PdfChecks.lines(PdfChecks.pdftotext(pdf)));
        assertEquals(ARABIC, Broer.anonymous().get("api/verify/" + code).object().getString("holderName"));
    }

    @Test
    default void namesThatCannotBePrintedRightAreRefusedWhenConfirmedAndNothingIsSaved() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Muthu");
        String path = "api/me/certificates?lang=";
        String body = "{\"completion\":" + done.completionId() + ",\"name\":";
        Http.Reply tamil = done.learner().post(path + "en", body + quoted("முத்துக்குமார்") + "}");
        assertEquals(400, tamil.status());
        assertTrue(tamil.fieldError("name").contains("Tamil"), tamil.toString());
        Http.Reply danish = done.learner().post(path + "da", body + quoted("முத்துக்குமார்") + "}");
        assertTrue(danish.fieldError("name").startsWith("Broer kan endnu ikke"), danish.toString());
        Http.Reply chinese = done.learner().post(path + "en", body + quoted("王小明") + "}");
        assertEquals(400, chinese.status());
        assertTrue(chinese.fieldError("name").startsWith("None of the certificate's fonts has the character 王"), chinese.toString());
        assertTrue(done.learner().post(path + "en", body + quoted("   ") + "}").fieldError("name").startsWith("Write the name"));
        assertTrue(done.learner().post(path + "en", body + quoted("A".repeat(151)) + "}").fieldError("name").contains("150"));
        assertEquals(400, done.learner().post(path + "en", "{\"name\":\"X\"}").status(), "which completion");
        assertFalse(only(done.learner()).containsKey("certificate"), "nothing issued");
        assertEquals("Muthu", only(done.learner()).getString("name"), "nor the name changed");
    }

    @Test
    default void aLongNameWrapsOnThePageAndStillComesBackWhole() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        String name = ("María de los Ángeles " + "Fernández-Østergaard ".repeat(5) + "Ólafsdóttir Wiśniewska Nguyễn").substring(0, 120);
        assertEquals(120, name.length());
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "María");
        String code = TestCertificates.confirmed(done, name);
        byte[] pdf = done.learner().download("api/me/certificates/" + code + "/pdf?lang=en").bytes();
        assertEquals(List.of(), PdfChecks.pdfaProblems(pdf));
        assertTrue(PdfChecks.text(pdf).contains(name.strip()), PdfChecks.lines(PdfChecks.text(pdf)));
    }

    @Test
    default void confirmingTwiceAtTheSameMomentIssuesOneCertificate() throws Exception {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Ayşe Yılmaz");
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> confirm = () -> {
            start.await();
            return TestCertificates.confirmed(done, "Ayşe Yılmaz");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> codes = List.of(pool.submit(confirm), pool.submit(confirm), pool.submit(confirm), pool.submit(confirm));
            start.countDown();
            String first = codes.get(0).get();
            for (Future<String> code : codes) {
                assertEquals(first, code.get(), "every confirmation gets the same award");
            }
        } finally {
            pool.shutdownNow();
        }
        List<JsonObject> awards = trainer().get(cohort.path() + "/certificates").array().getValuesAs(JsonObject.class);
        assertEquals(1, awards.size());
        issueEntry(cohort, done);
    }

    @Test
    default void aTrainerConfirmsOnBehalfAndPrintsTheWholeCohortAsOnePdf() {
        Http trainer = trainer();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 60);
        TestCertificates.Completed slip = TestCertificates.completed(trainer, cohort, "Jógvan Poulsen");
        Http.Reply one = trainer.post(cohort.path() + "/certificates", "{\"completion\":" + slip.completionId()
                + ",\"name\":\"Jógvan á Lakjuni Poulsen\"}");
        assertEquals(200, one.status(), one.toString());
        assertTrue(one.object().getBoolean("confirmedByStaff"));
        List<String> names = List.of("Ayşe Yılmaz", "Małgorzata Wąsowska-Żurek", VIETNAMESE, ARABIC, "Ólavur Ødegård", "முத்து");
        for (String name : names) {
            TestCertificates.completed(trainer, cohort, name);
        }
        JsonObject all = trainer.post(cohort.path() + "/certificates/all?lang=en", "{}").object();
        assertEquals(5, all.getInt("issued"));
        assertEquals(1, all.getJsonArray("refused").size(), "the Tamil name can't be printed right");
        assertTrue(all.getJsonArray("refused").getJsonObject(0).getString("message").contains("Tamil"));
        assertEquals(0, trainer.post(cohort.path() + "/certificates/all", "{}").object().getInt("issued"), "nobody twice");
        assertTrue(issueEntry(cohort, slip).getString("detail").endsWith("confirmed-by=staff on behalf of learner=" + slip.learnerId()));

        Http.Download batch = trainer.download(cohort.path() + "/certificates/pdf?lang=en");
        assertEquals(200, batch.status());
        assertEquals(6, PdfChecks.pages(batch.bytes()), "one page per valid certificate");
        assertEquals(List.of(), PdfChecks.pdfaProblems(batch.bytes()));
        String text = PdfChecks.text(batch.bytes());
        for (String name : List.of("Jógvan á Lakjuni Poulsen", "Ayşe Yılmaz", "Małgorzata Wąsowska-Żurek", VIETNAMESE, ARABIC, "Ólavur Ødegård")) {
            assertTrue(text.contains(name), name + " in " + PdfChecks.lines(text));
        }
        assertEquals(404, Callers.of("other-trainer").orElseThrow().download(cohort.path() + "/certificates/pdf").status());
        TestCohorts.Made empty = TestCohorts.create(trainer, 5);
        Http.Reply none = trainer.get(empty.path() + "/certificates/pdf?lang=en");
        assertEquals(409, none.status());
        assertTrue(none.object().getString("detail").contains("no valid certificates"), none.toString());
    }

    @Test
    default void aCoordinatorCorrectsANameWhichReissuesAndSupersedesTheOld() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Mehmet Sahin");
        String old = TestCertificates.confirmed(done, "Mehmet Sahin");
        Http coordinator = Broer.demo("coordinator");
        String path = "api/certificates/" + old + "/name?lang=en";
        assertEquals(403, trainer().post(path, "{\"name\":\"Mehmet Şahin\"}").status(), "only coordinators correct names");
        assertTrue(coordinator.post(path, "{\"name\":\"\"}").fieldError("name").startsWith("Write the name"));
        assertTrue(coordinator.post(path, "{\"name\":" + quoted("M".repeat(151)) + "}").fieldError("name").contains("150"));
        assertTrue(coordinator.post(path, "{\"name\":\"Mehmet Sahin\"}").fieldError("name").contains("already printed"));
        Http.Reply corrected = coordinator.post(path, "{\"name\":\"Mehmet Şahin\"}");
        assertEquals(200, corrected.status(), corrected.toString());
        String next = corrected.object().getString("code");
        assertNotEquals(old, next);
        assertEquals(2, corrected.object().getInt("edition"));

        JsonObject was = Broer.anonymous().get("api/verify/" + old + "?lang=en").object();
        assertEquals("superseded", was.getString("status"));
        assertEquals("Mehmet Sahin", was.getString("holderName"), "the old one still says what it said");
        assertTrue(was.containsKey("supersededOn"));
        assertFalse(was.containsKey("revokedOn"), "superseded is not revoked");
        assertEquals("valid", Broer.anonymous().get("api/verify/" + next).object().getString("status"));
        assertEquals("Mehmet Şahin", only(done.learner()).getJsonObject("certificate").getString("holderName"));
        assertEquals(409, coordinator.post(path, "{\"name\":\"Mehmet Şahin Jr\"}").status(), "correct the current edition instead");
        List<JsonObject> reissue = Broer.demo("admin").get("api/audit?action=certificate.reissue&targetKind=award&targetId="
                + corrected.object().getJsonNumber("id")).object().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(1, reissue.size());
        assertTrue(reissue.get(0).getString("detail").endsWith("edition=2"));
    }

    @Test
    default void aRevokedCertificateSaysSoPubliclyWithoutTheInternalReason() {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 10);
        TestCertificates.Completed done = TestCertificates.completed(trainer(), cohort, "Katarzyna Nowak");
        String code = TestCertificates.confirmed(done, "Katarzyna Nowak");
        Http coordinator = Broer.demo("coordinator");
        String path = "api/certificates/" + code + "/revocation?lang=en";
        assertEquals(403, trainer().post(path, "{\"reason\":\"x\"}").status());
        assertTrue(coordinator.post(path, "{\"reason\":\" \"}").fieldError("reason").startsWith("Write why"));
        assertTrue(coordinator.post(path, "{\"reason\":\"x\",\"publicReason\":" + quoted("p".repeat(301)) + "}")
                .fieldError("publicReason").contains("300"));
        assertEquals("valid", Broer.anonymous().get("api/verify/" + code).object().getString("status"), "nothing half-saved");
        Http.Reply revoked = coordinator.post(path, "{\"reason\":\"Marked complete in the wrong cohort\",\"publicReason\":\"Issued by mistake\"}");
        assertEquals(200, revoked.status(), revoked.toString());

        JsonObject seen = Broer.anonymous().get("api/verify/" + code + "?lang=en").object();
        assertEquals("revoked", seen.getString("status"));
        assertEquals("Issued by mistake", seen.getString("publicReason"));
        assertTrue(seen.containsKey("revokedOn"));
        assertFalse(seen.toString().contains("wrong cohort"), "the internal reason stays inside");
        Http.Reply again = coordinator.post(path, "{\"reason\":\"again\"}");
        assertEquals(409, again.status());
        assertEquals("This certificate has already been revoked.", again.object().getString("detail"));
        assertEquals("Beviset er allerede tilbagekaldt.", coordinator.post("api/certificates/" + code + "/revocation?lang=da",
                "{\"reason\":\"igen\"}").object().getString("detail"));
        assertEquals(409, done.learner().get("api/me/certificates/" + code + "/pdf").status(), "no PDF of a revoked certificate");
        assertEquals("revoked", only(done.learner()).getJsonObject("certificate").getString("status"));
        assertTrue(Broer.demo("admin").get("api/audit?action=certificate.revoke&targetKind=award&targetId="
                + revoked.object().getJsonNumber("id")).object().toString().contains("wrong cohort"));
    }

    @Test
    default void verificationIsPublicForgivingAboutTypingAndPlainAboutWrongCodes() {
        Http trainer = Broer.demo("trainer");
        long solvgade = TestCohorts.demo(trainer, TestCohorts.SOELVGADE);
        JsonObject ingrid = trainer.get("api/cohorts/" + solvgade + "/certificates").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").equals("Ingrid Dam")).findFirst().orElseThrow().getJsonObject("award");
        String code = ingrid.getString("code");
        Http visitor = Broer.anonymous();
        JsonObject seen = visitor.get("api/verify/" + code.toLowerCase().replace("-", "%20") + "?lang=da").object();
        assertEquals("valid", seen.getString("status"));
        assertEquals("Ingrid Dam", seen.getString("holderName"));
        assertEquals("Butik Sølvgade Syd", seen.getString("organisation"));
        for (String personal : List.of("learnerId", "phone", "employeeNumber", "resumeCode", "cohort", "revokedReason")) {
            assertFalse(seen.containsKey(personal), personal);
        }
        assertEquals("no-store", visitor.get("api/verify/" + code).header("Cache-Control"));

        Http.Reply malformed = visitor.get("api/verify/not-a-code?lang=en");
        assertEquals(400, malformed.status());
        assertTrue(malformed.fieldError("code").startsWith("That is not a certificate code"), malformed.toString());
        Http.Reply unknown = visitor.get("api/verify/AAAAA-AAAAA?lang=da");
        assertEquals(404, unknown.status());
        assertEquals("Intet bevis har koden AAAAA-AAAAA. Tjek at den er skrevet præcis som på beviset.", unknown.object().getString("detail"));
        assertEquals(404, visitor.get("api/verify/AAAAA-AAAAB?lang=en").status());
        String symbols = "23456789ABCDEFGHJKMNPQRSTWXYZ";
        for (int i = 3; i < 30; i++) {
            assertEquals(404, visitor.get("api/verify/AAAAA-AAA" + symbols.charAt(i / 29) + symbols.charAt(i % 29)).status());
        }
        Http.Reply throttled = visitor.get("api/verify/" + code);
        assertEquals(429, throttled.status(), "30 wrong codes: even a right one waits");
        assertFalse(throttled.header("Retry-After").isEmpty());
        assertEquals(200, Broer.anonymous().get("api/verify/" + code).status(), "another address is not slowed down");
    }

    @Test
    default void theDemoHasCertificatesIncludingAnArabicNameAReissueAndARevocation() {
        Http trainer = Broer.demo("trainer");
        List<JsonObject> rows = trainer.get("api/cohorts/" + TestCohorts.demo(trainer, TestCohorts.SOELVGADE) + "/certificates")
                .array().getValuesAs(JsonObject.class);
        java.util.Map<String, String> status = new java.util.HashMap<>();
        rows.forEach(r -> status.put(r.getString("name"), r.getJsonObject("award").getString("status")));
        assertEquals(java.util.Map.of("Ingrid Dam", "valid", "Yusra Abdullahi", "valid", "Agnieszka Kowalska", "revoked",
                "Emre Demir", "valid", ARABIC, "valid"), status);
        JsonObject yusra = rows.stream().filter(r -> r.getString("name").equals("Yusra Abdullahi")).findFirst().orElseThrow();
        assertEquals(2, yusra.getJsonObject("award").getInt("edition"), "reissued under the corrected spelling");
        long valby = TestCohorts.demo(trainer, "Fjordlinjen Valby – morgenholdet");
        assertTrue(trainer.get("api/cohorts/" + valby + "/certificates").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("name").equals("Ayşe Yılmaz") && !r.containsKey("award")), "Ayşe has yet to confirm");
    }
}
