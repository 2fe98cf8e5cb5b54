package dk.broer.credentials.control;

import dk.broer.certification.entity.Award;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The credential template: every term defined by the bundled contexts, so all of it is signed. */
class OpenBadgesTest {

    static Award award(LocalDate validUntil) {
        return new Award(new Award.Facts(7, 3, 2, "bus-drivers", "Buschauffører", "Bus drivers", "Valby", "Fjordlinjen Bus A/S",
                "Københavns Kommunes inklusionsprogram", LocalDate.of(2026, 11, 12), validUntil),
                1, "فاطمة الزهراء", "K7QXM-4TD9P", null, Instant.parse("2026-11-13T10:00:00.123Z"));
    }

    static OpenBadges.Issue issue() {
        return new OpenBadges.Issue("http://localhost:8080/api/credentials/3f1c/da", "http://localhost:8080/api/issuer",
                "http://localhost:8080/api/achievements/bus-drivers", "http://localhost:8080/api/status/revocation", 4711,
                "0a1b2c3d", null);
    }

    @Test
    void everyTermOfTheTemplateIsDefinedSoNothingIsLeftUnsigned() throws Exception {
        JsonObject credential = OpenBadges.credential(award(null), "da", issue());
        assertFalse(Canonical.nquads(credential).isBlank());
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JsonObject signed = DataIntegrityProof.sign(credential, pair.getPrivate(), "http://localhost:8080/api/keys/k-1", Instant.now());
        assertTrue(DataIntegrityProof.verify(signed, pair.getPublic()));
        assertEquals("2026-11-13T10:00:00Z", credential.getString("validFrom"), "whole seconds");
        assertEquals("4711", credential.getJsonObject("credentialStatus").getString("statusListIndex"));
        assertFalse(credential.containsKey("validUntil"));
    }

    @Test
    void theHolderIsASaltedHashOfThePrintedName() {
        JsonObject id = OpenBadges.credential(award(null), "en", issue()).getJsonObject("credentialSubject")
                .getJsonArray("identifier").getJsonObject(0);
        assertEquals(OpenBadges.identityHash("فاطمة الزهراء", "0a1b2c3d"), id.getString("identityHash"));
        assertTrue(id.getString("identityHash").matches("sha256\\$[0-9a-f]{64}"));
        assertFalse(OpenBadges.credential(award(null), "en", issue()).toString().contains("فاطمة"));
    }

    @Test
    void aCertificationThatExpiresSaysUntilWhen() throws Exception {
        JsonObject credential = OpenBadges.credential(award(LocalDate.of(2028, 11, 12)), "en", issue());
        assertEquals("2028-11-12T23:00:00Z", credential.getString("validUntil"), "the end of the last valid day in Copenhagen");
        assertFalse(Canonical.nquads(credential).isBlank());
    }
}
