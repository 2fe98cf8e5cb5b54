package dk.broer.evaluations.control;

import dk.broer.platform.control.Tokens;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals a held answer with AES-256-GCM under a key that is not in the database. The occasion and
 * key id are the associated data, so a sealed answer cannot be moved to another occasion unnoticed.
 */
public final class Sealing {

    /** What is stored: the key it was sealed under, the IV and the ciphertext with its tag, base64. */
    public record Sealed(String keyId, String iv, String ciphertext) {
    }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKeySpec key;

    public Sealing(String keyId, byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalArgumentException("A sealing key has 256 bits");
        }
        this.keyId = keyId;
        this.key = new SecretKeySpec(secret.clone(), "AES");
    }

    public String keyId() {
        return keyId;
    }

    public Sealed seal(long occasionId, AnswerContent answer) {
        byte[] iv = Tokens.randomBytes(IV_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, occasionId, answer.padded());
        Base64.Encoder b64 = Base64.getEncoder();
        return new Sealed(keyId, b64.encodeToString(iv), b64.encodeToString(sealed));
    }

    public AnswerContent open(long occasionId, Sealed sealed) {
        if (!sealed.keyId().equals(keyId)) {
            throw new IllegalArgumentException("Sealed under " + sealed.keyId() + ", not " + keyId);
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return AnswerContent.read(run(Cipher.DECRYPT_MODE, b64.decode(sealed.iv()), occasionId, b64.decode(sealed.ciphertext())));
    }

    private byte[] run(int mode, byte[] iv, long occasionId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("occasion:" + occasionId + ":" + keyId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A held answer could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + ": wrong key or altered data", e);
        }
    }
}
