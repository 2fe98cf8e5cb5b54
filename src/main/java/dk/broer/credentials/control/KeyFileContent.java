package dk.broer.credentials.control;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * The key file's JSON form (see KeyFile): read and checked for shape before anything is
 * decrypted, unsealed into key pairs, and written back. Every message names the file and what is
 * wrong with it, never its content.
 */
record KeyFileContent(Path file, int iterations, byte[] salt, List<KeyFileContent.Entry> entries, String current) {

    static final int VERSION = 1;

    record Entry(String id, Instant created, PublicKey publicKey, byte[] iv, byte[] ciphertext) {
    }

    static KeyFileContent parse(Path file, String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            if (json.getInt("version") != VERSION) {
                throw malformed(file, "version " + json.get("version") + " is not " + VERSION, null);
            }
            if (!KeySealing.KDF.equals(json.getString("kdf"))) {
                throw malformed(file, "kdf must be " + KeySealing.KDF, null);
            }
            int iterations = json.getInt("iterations");
            if (iterations < 1) {
                throw malformed(file, "iterations must be positive", null);
            }
            byte[] salt = Base64.getDecoder().decode(json.getString("salt"));
            List<Entry> entries = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("keys")) {
                JsonObject key = value.asJsonObject();
                entries.add(new Entry(key.getString("id"), Instant.parse(key.getString("created")),
                        Multikey.decode(key.getString("publicKeyMultibase")),
                        Base64.getDecoder().decode(key.getString("iv")),
                        Base64.getDecoder().decode(key.getString("privateKey"))));
            }
            String current = json.getString("current");
            if (entries.stream().noneMatch(entry -> entry.id().equals(current))) {
                throw malformed(file, "current key " + current + " is not among its keys", null);
            }
            if (entries.stream().map(Entry::id).distinct().count() != entries.size()) {
                throw malformed(file, "two keys have the same id", null);
            }
            return new KeyFileContent(file, iterations, salt, entries, current);
        } catch (IllegalStateException e) {
            throw e;
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                | java.time.DateTimeException e) {
            // Every accessor above throws one of these on a missing or mistyped field.
            throw malformed(file, e.getClass().getSimpleName(), e);
        }
    }

    /** The keys as pairs; a wrong passphrase shows on the first key's tag. */
    List<KeyFile.SigningKey> unseal(KeySealing sealing) {
        List<KeyFile.SigningKey> keys = new ArrayList<>();
        for (Entry entry : entries) {
            byte[] pkcs8;
            try {
                pkcs8 = sealing.open(entry.id(), entry.ciphertext(), entry.iv());
            } catch (AEADBadTagException e) {
                if (keys.isEmpty()) {
                    throw new IllegalStateException("The passphrase for key file " + file + " is wrong (or the file was altered)");
                }
                throw malformed(file, "key " + entry.id() + " fails its integrity check", null);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw malformed(file, "key " + entry.id() + " cannot be decrypted", null);
            }
            PrivateKey privateKey;
            try {
                privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw malformed(file, "key " + entry.id() + " is not an Ed25519 private key", null);
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
            if (!belongTogether(privateKey, entry.publicKey())) {
                throw malformed(file, "key " + entry.id() + " does not match its publicKeyMultibase", null);
            }
            keys.add(new KeyFile.SigningKey(entry.id(), entry.created(), new KeyPair(entry.publicKey(), privateKey)));
        }
        return keys;
    }

    /** The file's text for these keys, each sealed under a fresh IV. */
    static String render(int iterations, byte[] salt, List<KeyFile.SigningKey> keys, String current, KeySealing sealing) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (KeyFile.SigningKey key : keys) {
            byte[] iv = KeySealing.random(KeySealing.IV_BYTES);
            entries.add(Json.createObjectBuilder()
                    .add("id", key.id())
                    .add("created", key.created().toString())
                    .add("publicKeyMultibase", key.publicKeyMultibase())
                    .add("iv", b64(iv))
                    .add("privateKey", b64(sealing.seal(key.id(), key.pair().getPrivate().getEncoded(), iv))));
        }
        JsonObject json = Json.createObjectBuilder()
                .add("version", VERSION)
                .add("kdf", KeySealing.KDF)
                .add("iterations", iterations)
                .add("salt", b64(salt))
                .add("keys", entries)
                .add("current", current)
                .build();
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(json);
        }
        return text.toString().strip() + "\n";
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The public key is stored in clear: a signature check proves it is the private key's own. */
    private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
        try {
            byte[] probe = "broer key file check".getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    // The message names the file and what is wrong with it, never the file's content.
    private static IllegalStateException malformed(Path file, String what, Exception cause) {
        return new IllegalStateException("Key file " + file + " is malformed: " + what, cause);
    }
}
