package dk.broer.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class DataIntegrityProofTest {

    private static final String METHOD = "http://localhost:8080/keys/k-2026-12-01-ab12";
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00.123Z");

    private final KeyPair keys = ed25519();

    @Test
    void proofHasTheSpecifiedShape() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);

        JsonObject proof = signed.getJsonObject("proof");
        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        assertEquals("2026-12-01T10:00:00Z", proof.getString("created"));
        assertEquals(METHOD, proof.getString("verificationMethod"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertTrue(proof.getString("proofValue").startsWith("z"));
        assertEquals(64, Multikey.base58btcDecode(proof.getString("proofValue").substring(1)).length);
        assertEquals(SampleCredential.unsigned(), Json.createObjectBuilder(signed).remove("proof").build());
    }

    @Test
    void signedCredentialVerifies() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);

        assertTrue(DataIntegrityProof.verify(signed, keys.getPublic()));
    }

    @Test
    void changedAchievementNameFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);
        JsonObject subject = signed.getJsonObject("credentialSubject");
        JsonObject achievement = Json.createObjectBuilder(subject.getJsonObject("achievement"))
                .add("name", "Tram drivers").build();
        JsonObject tampered = Json.createObjectBuilder(signed)
                .add("credentialSubject", Json.createObjectBuilder(subject).add("achievement", achievement))
                .build();

        assertFalse(DataIntegrityProof.verify(tampered, keys.getPublic()));
    }

    @Test
    void changedValidFromFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);
        JsonObject tampered = Json.createObjectBuilder(signed).add("validFrom", "2025-11-13T10:00:00Z").build();

        assertFalse(DataIntegrityProof.verify(tampered, keys.getPublic()));
    }

    @Test
    void changedProofCreatedFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);
        JsonObject proof = Json.createObjectBuilder(signed.getJsonObject("proof"))
                .add("created", "2026-12-01T10:00:01Z").build();
        JsonObject tampered = Json.createObjectBuilder(signed).add("proof", proof).build();

        assertFalse(DataIntegrityProof.verify(tampered, keys.getPublic()));
    }

    @Test
    void addedUndefinedPropertyFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);
        JsonObject tampered = Json.createObjectBuilder(signed).add("favouriteColour", "green").build();

        assertFalse(DataIntegrityProof.verify(tampered, keys.getPublic()));
    }

    @Test
    void anotherKeyFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);

        assertFalse(DataIntegrityProof.verify(signed, ed25519().getPublic()));
    }

    @Test
    void missingOrBrokenProofFails() {
        JsonObject signed = DataIntegrityProof.sign(SampleCredential.unsigned(), keys.getPrivate(), METHOD, CREATED);
        JsonObject proof = signed.getJsonObject("proof");

        assertFalse(DataIntegrityProof.verify(SampleCredential.unsigned(), keys.getPublic()));
        assertFalse(DataIntegrityProof.verify(Json.createObjectBuilder(signed)
                .add("proof", Json.createObjectBuilder(proof).add("proofValue", "zz0OIl")).build(), keys.getPublic()));
        assertFalse(DataIntegrityProof.verify(Json.createObjectBuilder(signed)
                .add("proof", Json.createObjectBuilder(proof).add("cryptosuite", "eddsa-jcs-2022")).build(),
                keys.getPublic()));
    }

    @Test
    void documentWithUndefinedTermIsNotSigned() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("favouriteColour", "green").build();

        assertThrows(IllegalArgumentException.class,
                () -> DataIntegrityProof.sign(credential, keys.getPrivate(), METHOD, CREATED));
    }

    /** W3C vc-di-eddsa, TestVectors/eddsa-rdfc-2022 (the spec's appendix B.1 example). */
    @Test
    void specTestVector() {
        Contexts loader = new Contexts().with("https://www.w3.org/ns/credentials/examples/v2",
                SampleCredential.parse("{\"@context\":{\"@vocab\":\"https://www.w3.org/ns/credentials/examples#\"}}"));
        JsonObject unsecured = SampleCredential.parse("""
                {"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
                 "id":"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
                 "type":["VerifiableCredential","AlumniCredential"],
                 "name":"Alumni Credential",
                 "description":"A minimum viable example of an Alumni Credential.",
                 "issuer":"https://vc.example/issuers/5678",
                 "validFrom":"2023-01-01T00:00:00Z",
                 "credentialSubject":{"id":"did:example:abcdefgh","alumniOf":"The School of Examples"}}
                """);
        String key = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        PrivateKey secret = privateKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");

        assertEquals("""
                <did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> "The School of Examples" .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/credentials/examples#AlumniCredential> .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> "A minimum viable example of an Alumni Credential." .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> "Alumni Credential" .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> <https://vc.example/issuers/5678> .
                <urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> "2023-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
                """, Canonical.nquads(unsecured, loader));

        JsonObject signed = DataIntegrityProof.sign(unsecured, secret, "did:key:" + key + "#" + key,
                Instant.parse("2023-02-24T23:36:38Z"), loader);

        assertEquals("z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme",
                signed.getJsonObject("proof").getString("proofValue"));
        assertTrue(DataIntegrityProof.verify(signed, Multikey.decode(key), loader));
        assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(unsecured),
                "the examples context is not bundled");
    }

    @Test
    void oneSignIsQuickOnceWarm() {
        JsonObject credential = SampleCredential.unsigned();
        for (int i = 0; i < 20; i++) {
            DataIntegrityProof.sign(credential, keys.getPrivate(), METHOD, CREATED);
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            DataIntegrityProof.sign(credential, keys.getPrivate(), METHOD, CREATED);
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("eddsa-rdfc-2022 sign, warm: %.2f ms%n", millis);
        assertTrue(millis < 200, "one sign took " + millis + " ms");
    }

    /** A multibase ed25519-priv (0x8026) seed as a JDK key, via the fixed PKCS#8 prefix. */
    static PrivateKey privateKey(String multibase) {
        byte[] prefixed = Multikey.base58btcDecode(multibase.substring(1));
        assertEquals(34, prefixed.length);
        assertEquals("8026", HexFormat.of().formatHex(prefixed, 0, 2));
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
        byte[] der = Arrays.copyOf(pkcs8, pkcs8.length + 32);
        System.arraycopy(prefixed, 2, der, pkcs8.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
