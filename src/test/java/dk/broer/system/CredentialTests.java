package dk.broer.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every certificate is also an Open Badges 3.0 credential, checked by a verifier we did not write
 * (Digital Bazaar's, under Node): valid, tampered, revoked through the status list, superseded,
 * and signed with a key that has since been rotated out.
 */
interface CredentialTests {

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    /** A learner with a fresh certificate: the code and the learner's client. */
    private static TestCertificates.Completed certified(String name) {
        return TestCertificates.completed(trainer(), TestCohorts.create(trainer(), 5), name);
    }

    private static String credential(Http client, String path) {
        Http.Reply reply = client.get(path);
        assertEquals(200, reply.status(), reply.toString());
        return reply.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String changed(String credential, String from, String to) {
        assertTrue(credential.contains(from), from);
        return credential.replace(from, to);
    }

    private static void assertVerifies(String credential, String what) {
        JsonObject verdict = NodeVerifier.verify(credential);
        assertTrue(verdict.getBoolean("verified"), what + ": " + verdict);
        assertFalse(verdict.getBoolean("revoked"), what + ": " + verdict);
    }

    private static void assertFails(String credential, String what) {
        JsonObject verdict = NodeVerifier.verify(credential);
        assertFalse(verdict.getBoolean("verified"), what + " must not verify: " + verdict);
    }

    @Test
    default void aCredentialVerifiesWithSoftwareWeDidNotWriteAndATamperedCopyDoesNot() throws Exception {
        TestCertificates.Completed done = certified("Nguyen Van An");
        String code = TestCertificates.confirmed(done, "Nguyễn Văn An");
        String mine = credential(done.learner(), "api/me/certificates/" + code + "/credential?lang=en");
        assertEquals(mine, credential(Broer.anonymous(), "api/verify/" + code + "/credential?lang=en"),
                "the verification page offers the same credential");
        JsonObject vc = json(mine);
        assertTrue(vc.getJsonArray("type").toString().contains("OpenBadgeCredential"));
        assertEquals(Broer.base() + "api/issuer", vc.getJsonObject("issuer").getString("id"));
        JsonObject subject = vc.getJsonObject("credentialSubject");
        JsonObject identifier = subject.getJsonArray("identifier").getJsonObject(0);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("Nguyễn Văn An" + identifier.getString("salt")).getBytes(StandardCharsets.UTF_8)));
        assertEquals("sha256$" + hash, identifier.getString("identityHash"), "the holder is a salted hash of the printed name");
        assertFalse(mine.contains("Nguyễn") || mine.contains("Nguy\\u1ec5n"), "no plain name in the credential");
        assertEquals("Bus drivers", subject.getJsonObject("achievement").getString("name"));
        assertEquals(Broer.base() + "api/achievements/bus-drivers", subject.getJsonObject("achievement").getString("id"));
        assertFalse(vc.containsKey("validUntil"), "frontline credentials don't expire");

        assertVerifies(mine, "the English credential");
        String danish = credential(done.learner(), "api/me/certificates/" + code + "/credential?lang=da");
        assertEquals("Buschauffører", json(danish).getJsonObject("credentialSubject").getJsonObject("achievement").getString("name"));
        assertVerifies(danish, "the Danish credential");
        assertEquals(mine, credential(Broer.anonymous(), vc.getString("id").substring(Broer.base().length())),
                "the credential is found at its own id");

        assertFails(changed(mine, "\"name\":\"Bus drivers\"", "\"name\":\"Hotel managers\""), "a changed name");
        String validFrom = vc.getString("validFrom");
        assertFails(changed(mine, validFrom, validFrom.replaceFirst("^\\d{4}", "2019")), "a changed date");
    }

    @Test
    default void revokingFlipsTheStatusBitAndTheVerifierSaysRevokedButSupersedingDoesNot() {
        Http coordinator = Broer.demo("coordinator");
        TestCertificates.Completed renamed = certified("Mehmet Sahin");
        String old = TestCertificates.confirmed(renamed, "Mehmet Sahin");
        String oldCredential = credential(renamed.learner(), "api/me/certificates/" + old + "/credential?lang=en");
        String next = coordinator.post("api/certificates/" + old + "/name", "{\"name\":\"Mehmet Şahin\"}").object().getString("code");
        assertVerifies(oldCredential, "a superseded certificate's credential was true when issued");
        String nextCredential = credential(renamed.learner(), "api/me/certificates/" + next + "/credential?lang=en");
        assertNotEquals(json(oldCredential).getString("id"), json(nextCredential).getString("id"));
        assertVerifies(nextCredential, "the reissued credential");

        TestCertificates.Completed revoked = certified("Omar Haddad");
        String code = TestCertificates.confirmed(revoked, "Omar Haddad");
        String credential = credential(revoked.learner(), "api/me/certificates/" + code + "/credential?lang=da");
        assertVerifies(credential, "before revocation");
        assertEquals(200, coordinator.post("api/certificates/" + code + "/revocation", "{\"reason\":\"Fejl\"}").status());
        JsonObject verdict = NodeVerifier.verify(credential);
        assertTrue(verdict.getBoolean("revoked"), "the status list says revoked: " + verdict);
        assertFalse(verdict.getBoolean("verified"), verdict.toString());
        assertVerifies(nextCredential, "another credential's bit is untouched");

        Http.Reply list = Broer.anonymous().get("api/status/revocation");
        assertTrue(list.header("Cache-Control").contains("max-age=60"), list.header("Cache-Control"));
        assertTrue(list.object().getJsonArray("type").toString().contains("BitstringStatusListCredential"));
    }

    @Test
    default void aCredentialSignedWithARotatedOutKeyStillVerifies() {
        TestCertificates.Completed before = certified("Sigrid Joensen");
        String oldCode = TestCertificates.confirmed(before, "Sigrid Joensen");
        String old = credential(before.learner(), "api/me/certificates/" + oldCode + "/credential?lang=en");
        String oldKey = json(old).getJsonObject("proof").getString("verificationMethod");

        assertEquals(403, Broer.demo("coordinator").post("api/issuer/keys/rotation", "{}").status(), "admins rotate keys");
        Http.Reply rotated = Broer.demo("admin").post("api/issuer/keys/rotation", "{}");
        assertEquals(200, rotated.status(), rotated.toString());
        String newKey = rotated.object().getString("url");
        assertNotEquals(oldKey, newKey);

        TestCertificates.Completed after = certified("Tran Van Minh");
        String fresh = credential(after.learner(), "api/me/certificates/" + TestCertificates.confirmed(after, "Tran Van Minh")
                + "/credential?lang=en");
        assertEquals(newKey, json(fresh).getJsonObject("proof").getString("verificationMethod"), "the new key signs from now on");
        assertVerifies(fresh, "signed with the new key");
        assertVerifies(old, "signed with the rotated-out key");
        List<String> methods = Broer.anonymous().get("api/issuer").object().getJsonArray("assertionMethod")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(methods.containsAll(List.of(oldKey, newKey)), methods.toString());
        assertEquals(200, Broer.anonymous().get(oldKey.substring(Broer.base().length())).status(), "old keys stay published");
    }

    @Test
    default void unknownCredentialsAndKeysAreAPlainLocalisedNotFound() {
        Http visitor = Broer.anonymous();
        Http.Reply credential = visitor.get("api/credentials/00000000-0000-0000-0000-000000000000/en?lang=en");
        assertEquals(404, credential.status());
        assertEquals("There is no such credential here.", credential.object().getString("detail"));
        assertEquals("Det digitale bevis findes ikke her.",
                visitor.get("api/credentials/00000000-0000-0000-0000-000000000000/da?lang=da").object().getString("detail"));
        assertEquals(404, visitor.get("api/credentials/00000000-0000-0000-0000-000000000000/xx").status(), "only da and en");
        Http.Reply key = visitor.get("api/keys/k-nope?lang=en");
        assertEquals(404, key.status());
        assertEquals("The issuer has no key k-nope.", key.object().getString("detail"));
    }

    @Test
    default void theDemoCertificatesCarryCredentialsAndTheRevokedOneIsRevoked() {
        Http trainer = Broer.demo("trainer");
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        trainer.get("api/cohorts/" + TestCohorts.demo(trainer, TestCohorts.SOELVGADE) + "/certificates").array()
                .getValuesAs(JsonObject.class).forEach(r -> codes.put(r.getString("name"), r.getJsonObject("award").getString("code")));
        assertVerifies(credential(Broer.anonymous(), "api/verify/" + codes.get("فاطمة الزهراء") + "/credential?lang=da"),
                "the Arabic-script holder's");
        JsonObject verdict = NodeVerifier.verify(credential(Broer.anonymous(), "api/verify/" + codes.get("Agnieszka Kowalska")
                + "/credential?lang=da"));
        assertTrue(verdict.getBoolean("revoked"), verdict.toString());
    }
}
