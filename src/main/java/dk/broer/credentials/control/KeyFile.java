package dk.broer.credentials.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The issuer's Ed25519 signing keys, in a file outside the database, each private key encrypted with
 * AES-256-GCM under a key derived from a passphrase (PBKDF2WithHmacSHA256).
 *
 * <pre>
 * {"version":1, "kdf":"PBKDF2WithHmacSHA256", "iterations":600000, "salt":"&lt;b64, 16 bytes&gt;",
 *  "keys":[{"id":"k-2026-12-01-ab12", "created":"2026-12-01T10:00:00Z", "publicKeyMultibase":"z6Mk...",
 *           "iv":"&lt;b64, 12 bytes&gt;", "privateKey":"&lt;b64 AES-GCM ciphertext and tag of the PKCS#8 key&gt;"}],
 *  "current":"k-2026-12-01-ab12"}
 * </pre>
 *
 * One salt for the whole file, so opening costs one key derivation however many keys the file holds;
 * each key has its own random IV. The key id is the GCM associated data, so an entry's ciphertext
 * cannot be moved to another id unnoticed. The file is written to a temporary file with owner-only
 * permissions and moved into place, so a crash never leaves half a key file; a second process that
 * rotates at the same moment is not guarded against (rotation is a rare, manual act).
 *
 * <p>Nothing here ever regenerates keys for an existing file, and no message carries the passphrase
 * or key material. The caller owns the passphrase array and may clear it after the call.
 */
public final class KeyFile {

    /** One signing key; {@code pair} holds the Ed25519 public and private key. */
    public record SigningKey(String id, Instant created, KeyPair pair) {

        public String publicKeyMultibase() {
            return Multikey.encode(pair.getPublic());
        }

        @Override
        public String toString() {
            return "SigningKey[" + id + ", " + created + "]";
        }
    }

    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static final int ITERATIONS = 600_000;

    private final Path file;
    private final int iterations;
    private final byte[] salt;
    private final KeySealing sealing;
    private volatile List<SigningKey> keys;
    private volatile String current;

    private KeyFile(Path file, int iterations, byte[] salt, KeySealing sealing, List<SigningKey> keys, String current) {
        this.file = file;
        this.iterations = iterations;
        this.salt = salt;
        this.sealing = sealing;
        this.keys = List.copyOf(keys);
        this.current = current;
    }

    /**
     * Opens the key file, or makes one with a first key when there is no file at all.
     *
     * @throws IllegalStateException if an existing file is malformed or the passphrase is wrong
     */
    public static KeyFile createIfMissing(Path file, char[] passphrase, Clock clock) {
        return createIfMissing(file, passphrase, clock, ITERATIONS);
    }

    static KeyFile createIfMissing(Path file, char[] passphrase, Clock clock, int iterations) {
        if (Files.exists(file)) {
            return open(file, passphrase);
        }
        byte[] salt = KeySealing.random(KeySealing.SALT_BYTES);
        KeyFile created = new KeyFile(file, iterations, salt, KeySealing.derive(passphrase, salt, iterations), List.of(), null);
        SigningKey first = created.newKey(clock);
        created.keys = List.of(first);
        created.current = first.id();
        try {
            created.write(false);
        } catch (FileAlreadyExistsException e) {
            // Another process made the file between our check and our move: use theirs, not ours.
            return open(file, passphrase);
        }
        return created;
    }

    /**
     * @throws IllegalStateException if the file is missing or malformed, or the passphrase is wrong
     */
    public static KeyFile open(Path file, char[] passphrase) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Key file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalStateException("Key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        KeyFileContent content = KeyFileContent.parse(file, text);
        KeySealing sealing = KeySealing.derive(passphrase, content.salt(), content.iterations());
        return new KeyFile(file, content.iterations(), content.salt(), sealing, content.unseal(sealing), content.current());
    }

    public SigningKey current() {
        String id = current;
        return keys.stream().filter(key -> key.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every key, oldest first; old keys stay so that credentials they signed still verify. */
    public List<SigningKey> all() {
        return keys;
    }

    /** Adds a new key, makes it current and rewrites the file. */
    public synchronized SigningKey rotate(Clock clock) {
        SigningKey fresh = newKey(clock);
        List<SigningKey> more = new ArrayList<>(keys);
        more.add(fresh);
        List<SigningKey> before = keys;
        String currentBefore = current;
        keys = List.copyOf(more);
        current = fresh.id();
        try {
            write(true);
        } catch (FileAlreadyExistsException | RuntimeException e) {
            keys = before;
            current = currentBefore;
            throw new IllegalStateException("Key file " + file + " could not be rewritten: " + e.getMessage(), e);
        }
        return fresh;
    }

    private SigningKey newKey(Clock clock) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make Ed25519 keys", e);
        }
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String date = LocalDate.ofInstant(created, ZoneOffset.UTC).toString();
        String id;
        do {
            id = "k-" + date + "-" + HexFormat.of().formatHex(KeySealing.random(2));
        } while (hasKey(id));
        return new SigningKey(id, created, pair);
    }

    private boolean hasKey(String id) {
        return keys.stream().anyMatch(key -> key.id().equals(id));
    }

    private void write(boolean replace) throws FileAlreadyExistsException {
        String text = KeyFileContent.render(iterations, salt, keys, current, sealing);
        try {
            OwnerOnlyFile.write(file, text, replace);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Key file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
