package dk.broer.platform.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens and their keyed hashes. A token (session, one-time link, later resume and join
 * codes) is only ever held by the person; the database keeps HMAC-SHA-256(server secret, token),
 * which finds the row in one index lookup and is useless to whoever reads a backup. PBKDF2 is for
 * passwords only: a token of 128 or more random bits needs no slow hash.
 */
public final class Tokens {

    /** 256 bits for session tokens and links: far beyond guessing. */
    public static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public Tokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The server secret must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), HMAC);
    }

    /** A fresh random token, URL-safe (it travels in cookies and URL fragments). */
    public static String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(TOKEN_BYTES));
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public static int randomInt(int bound) {
        return RANDOM.nextInt(bound);
    }

    /** The keyed hash under which a token is stored and looked up: 64 hex characters. */
    public String hash(String token) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}
