package dk.broer.credentials.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class KeyFileTest {

    // Few iterations keep the suite fast; one test below uses the real 600,000.
    private static final int FAST = 1_000;
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-01T10:00:00.5Z"), ZoneOffset.UTC);
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-15T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void createdFileOpensWithTheSameKeys() {
        Path file = directory.resolve("keys/issuer-keys.json");

        KeyFile created = KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);
        KeyFile opened = KeyFile.open(file, PASSPHRASE);

        KeyFile.SigningKey key = created.current();
        assertTrue(key.id().matches("k-2026-12-01-[0-9a-f]{4}"), key.id());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), key.created());
        assertEquals(key.id(), opened.current().id());
        assertEquals(key.created(), opened.current().created());
        assertArrayEquals(key.pair().getPrivate().getEncoded(), opened.current().pair().getPrivate().getEncoded());
        assertEquals(key.pair().getPublic(), opened.current().pair().getPublic());
        assertEquals(1, opened.all().size());
    }

    @Test
    void createIfMissingNeverRegeneratesAnExistingFile() {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile first = KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);

        KeyFile again = KeyFile.createIfMissing(file, PASSPHRASE, JANUARY, FAST);

        assertEquals(first.current().id(), again.current().id());
        assertThrows(IllegalStateException.class,
                () -> KeyFile.createIfMissing(file, "wrong".toCharArray(), JANUARY, FAST));
    }

    @Test
    void fileIsOwnerOnlyAndHoldsNoPlainPrivateKey() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile keys = KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file);
        String pkcs8 = java.util.Base64.getEncoder().encodeToString(keys.current().pair().getPrivate().getEncoded());
        assertFalse(text.contains(pkcs8));
        assertFalse(text.contains("correct horse"));
        JsonObject json = SampleCredential.parse(text);
        assertEquals(1, json.getInt("version"));
        assertEquals("PBKDF2WithHmacSHA256", json.getString("kdf"));
        assertEquals(keys.current().id(), json.getString("current"));
        assertEquals(keys.current().publicKeyMultibase(),
                json.getJsonArray("keys").getJsonObject(0).getString("publicKeyMultibase"));
        try (var listing = Files.list(directory)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
    }

    @Test
    void wrongPassphraseSaysSoAndNamesTheFile() {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);

        var refused = assertThrows(IllegalStateException.class,
                () -> KeyFile.open(file, "Correct horse battery staple".toCharArray()));

        assertTrue(refused.getMessage().contains("passphrase"), refused.getMessage());
        assertTrue(refused.getMessage().contains("wrong"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertFalse(refused.getMessage().contains("orse battery"), refused.getMessage());
    }

    @Test
    void garbageFileIsMalformed() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        Files.writeString(file, "this is not JSON {");

        var refused = assertThrows(IllegalStateException.class, () -> KeyFile.open(file, PASSPHRASE));

        assertTrue(refused.getMessage().contains("malformed"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST),
                "an existing file is never replaced by new keys");
        assertEquals("this is not JSON {", Files.readString(file));
    }

    @Test
    void missingFieldsAndBadBase64AreMalformed() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);
        JsonObject good = SampleCredential.parse(Files.readString(file));

        for (JsonObject bad : List.of(
                Json.createObjectBuilder(good).remove("salt").build(),
                Json.createObjectBuilder(good).add("current", "k-nowhere").build(),
                Json.createObjectBuilder(good).add("iterations", "many").build(),
                Json.createObjectBuilder(good).add("keys", Json.createArrayBuilder().add(
                        Json.createObjectBuilder(good.getJsonArray("keys").getJsonObject(0))
                                .add("privateKey", "%%% not base64 %%%"))).build())) {
            Files.writeString(file, bad.toString());

            var refused = assertThrows(IllegalStateException.class, () -> KeyFile.open(file, PASSPHRASE));

            assertTrue(refused.getMessage().contains("malformed"), refused.getMessage());
            assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        }
    }

    @Test
    void missingFileIsNotCreatedByOpen() {
        Path file = directory.resolve("absent.json");

        assertThrows(IllegalStateException.class, () -> KeyFile.open(file, PASSPHRASE));
        assertFalse(Files.exists(file));
    }

    @Test
    void rotationKeepsOldKeysAndMakesTheNewOneCurrent() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile keys = KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);
        KeyFile.SigningKey old = keys.current();

        KeyFile.SigningKey fresh = keys.rotate(JANUARY);

        assertTrue(fresh.id().startsWith("k-2027-01-15-"), fresh.id());
        assertNotEquals(old.id(), fresh.id());
        assertEquals(fresh, keys.current());
        KeyFile reopened = KeyFile.open(file, PASSPHRASE);
        assertEquals(fresh.id(), reopened.current().id());
        assertEquals(List.of(old.id(), fresh.id()), reopened.all().stream().map(KeyFile.SigningKey::id).toList());
        assertEquals(old.pair().getPublic(), reopened.all().get(0).pair().getPublic());
        assertArrayEquals(old.pair().getPrivate().getEncoded(), reopened.all().get(0).pair().getPrivate().getEncoded());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void keyEntriesCannotBeSwappedBetweenIds() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        KeyFile keys = KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER, FAST);
        keys.rotate(JANUARY);
        JsonObject json = SampleCredential.parse(Files.readString(file));
        JsonObject first = json.getJsonArray("keys").getJsonObject(0);
        JsonObject second = json.getJsonArray("keys").getJsonObject(1);
        JsonObject swapped = Json.createObjectBuilder(first)
                .add("iv", second.getString("iv")).add("privateKey", second.getString("privateKey")).build();
        Files.writeString(file, Json.createObjectBuilder(json)
                .add("keys", Json.createArrayBuilder().add(second).add(swapped)).build().toString());

        var refused = assertThrows(IllegalStateException.class, () -> KeyFile.open(file, PASSPHRASE));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }

    @Test
    void realIterationCount() throws Exception {
        Path file = directory.resolve("issuer-keys.json");
        long start = System.nanoTime();
        KeyFile.createIfMissing(file, PASSPHRASE, DECEMBER);
        KeyFile.open(file, PASSPHRASE);
        System.out.printf("KeyFile create + open at 600,000 iterations: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertEquals(600_000, SampleCredential.parse(Files.readString(file)).getInt("iterations"));
    }
}
