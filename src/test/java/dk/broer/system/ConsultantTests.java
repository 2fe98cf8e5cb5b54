package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certifying dialogue consultants over HTTP: the practice log, the assessor's observation,
 * changes and approval (refused until everything is met), the certification with its validity,
 * renewal, revocation, consultants from before Broer and the register.
 */
interface ConsultantTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static Map<String, String> standing(JsonObject practice) {
        return TestConsultants.requirements(practice).stream()
                .collect(Collectors.toMap(r -> r.getString("id"), r -> r.getInt("done") + "/" + r.getInt("count")));
    }

    /** Two records of one person, one of them a candidate's: the merge moves the practice log to the kept one. */
    @Test
    default void mergingACandidatesDuplicateRecordMovesTheirPracticeLog() {
        TestConsultants.Candidate c = TestConsultants.candidate(trainer(), "Rania Dobbelt");
        TestConsultants.created(c.phone().post("api/me/practice/dialogues", TestConsultants.dialogue("co-facilitator", LocalDate.now().minusDays(3))));
        Http second = TestCohorts.newLearner(TestCohorts.create(trainer(), 5).joinCode(), "Rania Dobbelt");
        long kept = second.get("api/session").object().getJsonNumber("id").longValue();

        Http.Reply merged = Broer.demo("coordinator").post("api/learners/" + kept + "/merge", "{\"duplicate\":" + c.learnerId() + "}");

        assertEquals(200, merged.status(), merged.toString());
        Map<String, Long> byLearner = Broer.anonymous().get("api/test-only/tables/practice_entry").array().getValuesAs(JsonObject.class)
                .stream().collect(Collectors.groupingBy(row -> row.getString("learner_id"), Collectors.counting()));
        assertEquals(1L, byLearner.getOrDefault(String.valueOf(kept), 0L), "the practice log moved to the kept record");
        assertFalse(byLearner.containsKey(String.valueOf(c.learnerId())), "nothing left on the merged-away record");
    }

    @Test
    default void aCandidateLogsPracticeAndSeesEachRequirementAsNOfM() {
        TestConsultants.Candidate c = TestConsultants.candidate(trainer(), "Amal Yusuf");
        assertEquals("0/2", standing(c.phone().get("api/me/practice?lang=da").object()).get("co-facilitated-dialogues"));
        LocalDate day = LocalDate.now().minusDays(5);
        TestConsultants.created(c.phone().post("api/me/practice/dialogues", TestConsultants.dialogue("co-facilitator", day)));
        TestConsultants.created(c.phone().post("api/me/practice/dialogues", TestConsultants.dialogue("co-facilitator", day)));
        TestConsultants.created(c.phone().post("api/me/practice/supervision", TestConsultants.supervision(day)));
        String halfProject = TestConsultants.project().replace("\"meetingsHeld\":3", "\"meetingsHeld\":1");
        long project = TestConsultants.created(c.phone().post("api/me/practice/projects", halfProject)).object().getJsonNumber("id").longValue();
        Map<String, String> now = standing(c.phone().get("api/me/practice").object());
        assertEquals("2/2", now.get("co-facilitated-dialogues"));
        assertEquals("1/4", now.get("supervision"));
        assertEquals("0/1", now.get("local-dialogue-project"), "a project with one meeting does not count yet");
        assertEquals(200, c.phone().put("api/me/practice/projects/" + project, TestConsultants.project()).status());
        assertEquals("1/1", standing(c.phone().get("api/me/practice").object()).get("local-dialogue-project"));

        Http.Reply cpr = c.phone().post("api/me/practice/supervision?lang=en",
                TestConsultants.supervision(day).replace("Om at holde rammen", "Deltageren 010190-1234 talte meget"));
        assertEquals(400, cpr.status());
        assertTrue(cpr.fieldError("notes").startsWith("This looks like a CPR number"), cpr.toString());
        Http.Reply future = c.phone().post("api/me/practice/dialogues?lang=en",
                TestConsultants.dialogue("lead", LocalDate.now().plusDays(3)).replace("broenshoej-husum", "atlantis"));
        assertEquals("The date cannot be in the future.", future.fieldError("occurredOn"));
        assertEquals("Choose one of Copenhagen's districts.", future.fieldError("district"));
        assertEquals(400, c.phone().call("POST", "api/me/practice/case-analysis/pdf?lang=en", "<html>not a pdf</html>").status());
        long pdf = c.phone().call("POST", "api/me/practice/case-analysis/pdf", "%PDF-1.4 my case analysis").object()
                .getJsonNumber("id").longValue();
        Http.Reply download = c.phone().get("api/me/practice/entries/" + pdf + "/pdf");
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.header("Content-Disposition").startsWith("attachment"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertEquals(404, Callers.of("other-learner").orElseThrow().get("api/me/practice/entries/" + pdf + "/pdf").status());
        assertEquals("1/1", standing(c.phone().get("api/me/practice").object()).get("case-analysis"));
    }

    @Test
    default void anAssessorCannotApproveUntilEverythingIsMetThenCertifiesForTwoYears() {
        Http assessor = Broer.demo("assessor");
        TestConsultants.Candidate c = TestConsultants.candidate(trainer(), "Huda Al-Sayed");
        TestConsultants.logEverything(trainer(), c);
        assertEquals(200, c.phone().post("api/me/practice/submission", "{}").status());
        Http.Reply early = assessor.post("api/assessments/" + c.learnerId() + "/approval?lang=en", "{}");
        assertEquals(409, early.status());
        assertTrue(early.object().getString("detail").contains("Observed facilitation"), early.toString());

        assertEquals(200, assessor.post("api/assessments/" + c.learnerId() + "/observation",
                TestConsultants.observation(assessor, c.learnerId(), "partly")).status());
        assertEquals(409, assessor.post("api/assessments/" + c.learnerId() + "/approval", "{}").status(), "partly is not met");
        assertTrue(assessor.post("api/assessments/" + c.learnerId() + "/observation?lang=en", "{\"observedOn\":\""
                + LocalDate.now() + "\",\"scores\":{}}").toString().contains("Score this criterion"));
        Http.Reply asked = assessor.post("api/assessments/" + c.learnerId() + "/changes", "{\"message\":\"Vis mig en dialog mere.\"}");
        assertEquals(200, asked.status(), asked.toString());
        JsonObject mine = c.phone().get("api/me/practice").object();
        assertEquals("changes-requested", mine.getString("status"));
        assertEquals("Vis mig en dialog mere.", mine.getString("changeMessage"));
        assertEquals(200, c.phone().post("api/me/practice/submission", "{}").status(), "submitted again");
        assertEquals(200, assessor.post("api/assessments/" + c.learnerId() + "/observation",
                TestConsultants.observation(assessor, c.learnerId(), "met")).status());

        Http.Reply approved = assessor.post("api/assessments/" + c.learnerId() + "/approval", "{}");
        assertEquals(200, approved.status(), approved.toString());
        String code = approved.object().getString("code");
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).plusMonths(24).minusDays(1).toString(),
                approved.object().getString("validUntil"));
        JsonObject verified = Broer.anonymous().get("api/verify/" + code + "?lang=da").object();
        assertEquals("valid", verified.getString("status"));
        assertEquals(approved.object().getString("validUntil"), verified.getString("validUntil"));
        byte[] pdf = c.phone().download("api/me/certificates/" + code + "/pdf?lang=da").bytes();
        String text = dk.broer.certification.PdfChecks.text(pdf);
        assertTrue(text.contains("Certificering") && text.contains("Gyldigt til"), dk.broer.certification.PdfChecks.lines(text));
        String credential = c.phone().get("api/me/certificates/" + code + "/credential?lang=en").body();
        assertTrue(credential.contains("\"validUntil\""), "the credential expires too");
        JsonObject verdict = NodeVerifier.verify(credential);
        assertTrue(verdict.getBoolean("verified"), verdict.toString());

        JsonObject after = c.phone().get("api/me/practice").object();
        assertEquals("approved", after.getString("status"));
        assertEquals("active", after.getJsonObject("certification").getString("standing"));
        List<String> steps = after.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind")).toList();
        assertTrue(steps.containsAll(List.of("logged", "submitted", "changes-requested", "observed", "approved")), steps.toString());
        String candidates = trainer().get(c.cohort().path() + "/candidates").body();
        assertTrue(candidates.contains("\"status\":\"approved\"") && !candidates.contains("Vis mig"), "no assessor's words for trainers");
        assertEquals(409, assessor.post("api/assessments/" + c.learnerId() + "/approval", "{}").status(), "approved once");
    }

    @Test
    default void aConsultantFromBeforeBroerRenewsAndTheOldCredentialReadsSuperseded() {
        Http coordinator = Broer.demo("coordinator");
        Http assessor = Broer.demo("assessor");
        long assessorId = assessor.get("api/session").object().getJsonNumber("id").longValue();
        LocalDate validFrom = LocalDate.now().minusMonths(23);
        Http.Reply missing = coordinator.post("api/consultants/existing?lang=en", "{\"name\":\"Jamal Osman\",\"district\":\"noerrebro\","
                + "\"awardedOn\":\"2011-05-01\",\"validFrom\":\"" + LocalDate.now().plusDays(3) + "\"}");
        assertEquals(400, missing.status());
        assertFalse(missing.fieldError("assessor").isEmpty());
        assertFalse(missing.fieldError("validFrom").isEmpty());
        Http.Reply recorded = coordinator.post("api/consultants/existing", "{\"name\":\"Jamal Osman\",\"district\":\"noerrebro\","
                + "\"awardedOn\":\"2011-05-01\",\"validFrom\":\"" + validFrom + "\",\"assessor\":" + assessorId + "}");
        assertEquals(201, recorded.status(), recorded.toString());
        long learner = recorded.object().getJsonNumber("learnerId").longValue();
        String oldCode = recorded.object().getString("code");
        String oldCredential = Broer.anonymous().get("api/verify/" + oldCode + "/credential?lang=en").body();
        assertTrue(oldCredential.contains("\"awardedDate\":\"2011-05-01"), oldCredential);

        long cohort = coordinator.get("api/cohorts").array().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("name").equals("Dialogkonsulenter certificeret før Broer")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String resume = coordinator.post("api/cohorts/" + cohort + "/learners/" + learner + "/resume-code", "{}").object()
                .getString("resumeCode");
        Http phone = Broer.anonymous();
        assertEquals(200, phone.post("api/resume", "{\"code\":\"" + resume + "\"}").status());
        JsonObject mine = phone.get("api/me/practice").object();
        assertEquals("expiring", mine.getJsonObject("certification").getString("standing"), "the consultant sees expiry coming");
        assertTrue(mine.getJsonObject("certification").getBoolean("renewalOpen"));
        assertFalse(mine.getJsonObject("renewal").getBoolean("ready"));

        assertEquals(200, phone.post("api/me/practice/renewal", "{}").status());
        assertEquals(409, assessor.post("api/assessments/" + learner + "/renewal", "{}").status(), "nothing logged for renewal yet");
        TestConsultants.created(phone.post("api/me/practice/dialogues", TestConsultants.dialogue("lead", validFrom.plusMonths(3))));
        TestConsultants.created(phone.post("api/me/practice/dialogues", TestConsultants.dialogue("lead", validFrom.plusMonths(15))));
        assertEquals(200, LearningTests.answer(phone, "dialogue-consultant-refresher", true).status());
        assertTrue(phone.get("api/me/practice").object().getJsonObject("renewal").getBoolean("ready"));
        Http.Reply renewed = assessor.post("api/assessments/" + learner + "/renewal", "{}");
        assertEquals(200, renewed.status(), renewed.toString());
        String newCode = renewed.object().getString("code");
        assertNotEquals(oldCode, newCode);
        assertEquals(validFrom.plusMonths(24).toString(), renewed.object().getString("validFrom"), "continues from the old end");

        assertEquals("superseded", Broer.anonymous().get("api/verify/" + oldCode).object().getString("status"));
        JsonObject old = NodeVerifier.verify(oldCredential);
        assertTrue(old.getBoolean("verified"), "a superseded credential was true when issued: " + old);
        String newCredential = Broer.anonymous().get("api/verify/" + newCode + "/credential?lang=en").body();
        assertTrue(newCredential.contains("\"awardedDate\":\"2011-05-01"), "the first award date stays");
        assertNotEquals(jakarta.json.Json.createReader(new java.io.StringReader(oldCredential)).readObject().getString("id"),
                jakarta.json.Json.createReader(new java.io.StringReader(newCredential)).readObject().getString("id"));
        assertTrue(NodeVerifier.verify(newCredential).getBoolean("verified"));
        assertTrue(phone.get("api/me/practice").object().getJsonArray("history").toString().contains("renewed"));
    }

    @Test
    default void anAssessorRevokesACertificationAndItStopsVerifying() {
        Http coordinator = Broer.demo("coordinator");
        Http assessor = Broer.demo("assessor");
        long assessorId = assessor.get("api/session").object().getJsonNumber("id").longValue();
        JsonObject recorded = coordinator.post("api/consultants/existing", "{\"name\":\"=HYPERLINK(\\\"http://x\\\")\",\"district\":\"valby\","
                + "\"awardedOn\":\"2011-05-01\",\"validFrom\":\"" + LocalDate.now().minusMonths(2) + "\",\"assessor\":" + assessorId + "}").object();
        long learner = recorded.getJsonNumber("learnerId").longValue();
        String credential = Broer.anonymous().get("api/verify/" + recorded.getString("code") + "/credential").body();
        assertEquals(200, assessor.post("api/assessments/" + learner + "/revocation",
                "{\"reason\":\"Klage over adfærd ved en dialog\"}").status());
        JsonObject seen = Broer.anonymous().get("api/verify/" + recorded.getString("code")).object();
        assertEquals("revoked", seen.getString("status"));
        assertFalse(seen.toString().contains("Klage"), "the reason stays internal");
        assertTrue(NodeVerifier.verify(credential).getBoolean("revoked"));

        List<JsonObject> register = coordinator.get("api/consultants?status=revoked").array().getValuesAs(JsonObject.class);
        assertTrue(register.stream().anyMatch(r -> r.getJsonNumber("learnerId").longValue() == learner));
        assertTrue(register.stream().allMatch(r -> r.getString("status").equals("revoked")));
        String csv = coordinator.get("api/consultants/csv?status=revoked").body();
        assertTrue(csv.contains("'=HYPERLINK"), "no formula fires in Excel: " + csv);
    }

    @Test
    default void theDemoRegisterHasConsultantsActiveExpiringExpiredAndRevoked() {
        Map<String, String> status = Broer.demo("coordinator").get("api/consultants").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("name"), r -> r.getString("status"), (a, b) -> a));
        assertEquals("active", status.get("Lukas Brandt"));
        assertEquals("expiring", status.get("Jamal Osman"));
        assertEquals("expired", status.get("Birthe Lund"));
        assertEquals("revoked", status.get("Kasper Holm"));
        List<String> waiting = Broer.demo("assessor").get("api/assessments").array().getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("name") + ":" + w.getString("status")).toList();
        assertTrue(waiting.contains("Søren Vestergaard:submitted") && waiting.contains("Huda Al-Sayed:changes-requested")
                && waiting.contains("Amal Yusuf:logging"), waiting.toString());
    }
}
