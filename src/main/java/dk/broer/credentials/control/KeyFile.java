package dk.broer.credentials.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

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

    static final int VERSION = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final int iterations;
    private final byte[] salt;
    private final SecretKey encryption;
    private volatile List<SigningKey> keys;
    private volatile String current;

    private KeyFile(Path file, int iterations, byte[] salt, SecretKey encryption, List<SigningKey> keys,
            String current) {
        this.file = file;
        this.iterations = iterations;
        this.salt = salt;
        this.encryption = encryption;
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
        byte[] salt = random(SALT_BYTES);
        KeyFile created = new KeyFile(file, iterations, salt, derive(passphrase, salt, iterations), List.of(), null);
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
        return Parsed.of(file, text).decrypt(passphrase);
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
            id = "k-" + date + "-" + HexFormat.of().formatHex(random(2));
        } while (hasKey(id));
        return new SigningKey(id, created, pair);
    }

    private boolean hasKey(String id) {
        return keys.stream().anyMatch(key -> key.id().equals(id));
    }

    private void write(boolean replace) throws FileAlreadyExistsException {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (SigningKey key : keys) {
            byte[] iv = random(IV_BYTES);
            entries.add(Json.createObjectBuilder()
                    .add("id", key.id())
                    .add("created", key.created().toString())
                    .add("publicKeyMultibase", key.publicKeyMultibase())
                    .add("iv", b64(iv))
                    .add("privateKey", b64(encrypt(key, iv))));
        }
        JsonObject json = Json.createObjectBuilder()
                .add("version", VERSION)
                .add("kdf", KDF)
                .add("iterations", iterations)
                .add("salt", b64(salt))
                .add("keys", entries)
                .add("current", current)
                .build();
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(json);
        }
        try {
            replaceAtomically(text.toString().strip() + "\n", replace);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Key file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private void replaceAtomically(String text, boolean replace) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        // Created owner-only from the first byte: chmod after writing would leave a window.
        Path temporary = posix
                ? Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Without REPLACE_EXISTING the move refuses to overwrite a file that appeared meanwhile.
                Files.move(temporary, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private byte[] encrypt(SigningKey key, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(key.id().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(key.pair().getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static SecretKey derive(char[] passphrase, byte[] salt, int iterations) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("The key file passphrase is empty");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] bytes = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            SecretKey key = new SecretKeySpec(bytes, "AES");
            Arrays.fill(bytes, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A key file read and checked for shape, before anything is decrypted. */
    private record Parsed(Path file, int iterations, byte[] salt, List<Entry> entries, String current) {

        record Entry(String id, Instant created, PublicKey publicKey, byte[] iv, byte[] ciphertext) {
        }

        static Parsed of(Path file, String text) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                JsonObject json = reader.readObject();
                if (json.getInt("version") != VERSION) {
                    throw malformed(file, "version " + json.get("version") + " is not " + VERSION, null);
                }
                if (!KDF.equals(json.getString("kdf"))) {
                    throw malformed(file, "kdf must be " + KDF, null);
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
                return new Parsed(file, iterations, salt, entries, current);
            } catch (IllegalStateException e) {
                throw e;
            } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                    | java.time.DateTimeException e) {
                // Every accessor above throws one of these on a missing or mistyped field.
                throw malformed(file, e.getClass().getSimpleName(), e);
            }
        }

        KeyFile decrypt(char[] passphrase) {
            SecretKey encryption = derive(passphrase, salt, iterations);
            List<SigningKey> keys = new ArrayList<>();
            for (Entry entry : entries) {
                byte[] pkcs8;
                try {
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, entry.iv()));
                    cipher.updateAAD(entry.id().getBytes(StandardCharsets.UTF_8));
                    pkcs8 = cipher.doFinal(entry.ciphertext());
                } catch (AEADBadTagException e) {
                    if (keys.isEmpty()) {
                        throw new IllegalStateException("The passphrase for key file " + file
                                + " is wrong (or the file was altered)");
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
                keys.add(new SigningKey(entry.id(), entry.created(), new KeyPair(entry.publicKey(), privateKey)));
            }
            return new KeyFile(file, iterations, salt, encryption, keys, current);
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
}
