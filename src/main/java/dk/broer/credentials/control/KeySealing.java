package dk.broer.credentials.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What keeps a private key secret in the key file: AES-256-GCM under a key derived from the
 * passphrase (PBKDF2WithHmacSHA256), with the key id as associated data, so a ciphertext moved to
 * another id fails its tag.
 */
final class KeySealing {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private KeySealing(SecretKey key) {
        this.key = key;
    }

    /** One derivation per file, however many keys it holds. */
    static KeySealing derive(char[] passphrase, byte[] salt, int iterations) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("The key file passphrase is empty");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] bytes = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            SecretKey key = new SecretKeySpec(bytes, "AES");
            Arrays.fill(bytes, (byte) 0);
            return new KeySealing(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    byte[] seal(String id, byte[] secret, byte[] iv) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, id, iv).doFinal(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws AEADBadTagException for a wrong passphrase or an altered entry */
    byte[] open(String id, byte[] sealed, byte[] iv) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, id, iv).doFinal(sealed);
    }

    private Cipher cipher(int mode, String id, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
