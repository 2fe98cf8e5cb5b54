package dk.broer.credentials.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * An embedded {@code DataIntegrityProof} with the eddsa-rdfc-2022 cryptosuite (W3C Data Integrity
 * EdDSA Cryptosuites v1.0, section 3.3): Ed25519 over SHA-256(canonical proof configuration) followed
 * by SHA-256(canonical document), the proof configuration being the proof options without
 * {@code proofValue}, under the document's {@code @context}.
 */
public final class DataIntegrityProof {

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    static final String PURPOSE = "assertionMethod";

    private static final DocumentLoader CONTEXTS = new Contexts();

    private DataIntegrityProof() {
    }

    /**
     * @param created kept to the second, as verifiers and people read it
     * @return the document with a {@code proof} added
     * @throws IllegalArgumentException if the document already has a proof, uses undefined terms or
     *         the key is not Ed25519
     */
    public static JsonObject sign(JsonObject unsecured, PrivateKey key, String verificationMethod, Instant created) {
        return sign(unsecured, key, verificationMethod, created, CONTEXTS);
    }

    static JsonObject sign(JsonObject unsecured, PrivateKey key, String verificationMethod, Instant created,
            DocumentLoader loader) {
        if (unsecured.containsKey("proof")) {
            throw new IllegalArgumentException("The document already has a proof; Broer signs only unsecured documents");
        }
        JsonObject options = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", PURPOSE)
                .build();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(hashData(unsecured, options, loader));
            signature = signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + key.getAlgorithm(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        JsonObject proof = Json.createObjectBuilder(options)
                .add("proofValue", "z" + Multikey.base58btc(signature))
                .build();
        return Json.createObjectBuilder(unsecured).add("proof", proof).build();
    }

    /**
     * True only for a document whose single eddsa-rdfc-2022 proof verifies with this key. Anything
     * else, including a document that uses undefined terms or a malformed proof, is false.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 public key
     */
    public static boolean verify(JsonObject secured, PublicKey key) {
        return verify(secured, key, CONTEXTS);
    }

    static boolean verify(JsonObject secured, PublicKey key, DocumentLoader loader) {
        if (!(secured.get("proof") instanceof JsonObject proof)
                || !TYPE.equals(text(proof, "type"))
                || !CRYPTOSUITE.equals(text(proof, "cryptosuite"))
                || !PURPOSE.equals(text(proof, "proofPurpose"))
                || text(proof, "verificationMethod") == null
                || !isDateTime(text(proof, "created"))) {
            return false;
        }
        String proofValue = text(proof, "proofValue");
        if (proofValue == null || !proofValue.startsWith("z")) {
            return false;
        }
        byte[] signature;
        byte[] hashData;
        try {
            signature = Multikey.base58btcDecode(proofValue.substring(1));
            JsonObject unsecured = Json.createObjectBuilder(secured).remove("proof").build();
            JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").build();
            hashData = hashData(unsecured, options, loader);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData);
            return verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + key.getAlgorithm(), e);
        } catch (SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    /** The 64 bytes that are signed: proof configuration hash, then document hash (spec 3.3.4). */
    private static byte[] hashData(JsonObject unsecured, JsonObject options, DocumentLoader loader) {
        JsonObjectBuilder config = Json.createObjectBuilder(options);
        JsonValue context = unsecured.get("@context");
        if (context != null) {
            config.add("@context", context);
        }
        byte[] proofHash = sha256(Canonical.nquads(config.build(), loader));
        byte[] documentHash = sha256(Canonical.nquads(unsecured, loader));
        byte[] both = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, both, 0, proofHash.length);
        System.arraycopy(documentHash, 0, both, proofHash.length, documentHash.length);
        return both;
    }

    private static byte[] sha256(String nquads) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(nquads.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no SHA-256", e);
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static boolean isDateTime(String value) {
        if (value == null) {
            return false;
        }
        try {
            Instant.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
