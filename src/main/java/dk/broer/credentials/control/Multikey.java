package dk.broer.credentials.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 public keys as Multikey {@code publicKeyMultibase} values ("z6Mk..."): multibase base58btc
 * of the multicodec prefix ed25519-pub (0xed 0x01) and the 32-byte raw key.
 */
public final class Multikey {

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    // The DER of SubjectPublicKeyInfo{ id-Ed25519 } up to the BIT STRING contents: the JDK encodes
    // every Ed25519 public key as these 12 bytes followed by the 32-byte raw key.
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int RAW_LENGTH = 32;

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Multikey() {
    }

    public static String encode(PublicKey ed25519) {
        byte[] raw = raw(ed25519);
        byte[] prefixed = new byte[ED25519_PUB.length + raw.length];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, ED25519_PUB.length);
        System.arraycopy(raw, 0, prefixed, ED25519_PUB.length, raw.length);
        return "z" + base58btc(prefixed);
    }

    /** @throws IllegalArgumentException if the value is not a multibase Ed25519 public key */
    public static PublicKey decode(String publicKeyMultibase) {
        if (publicKeyMultibase == null || !publicKeyMultibase.startsWith("z")) {
            throw new IllegalArgumentException("Not a base58btc multibase value (must start with 'z'): "
                    + publicKeyMultibase);
        }
        byte[] prefixed = base58btcDecode(publicKeyMultibase.substring(1));
        if (prefixed.length != ED25519_PUB.length + RAW_LENGTH
                || prefixed[0] != ED25519_PUB[0] || prefixed[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("Not an Ed25519 Multikey (expected 0xed01 and 32 bytes): "
                    + publicKeyMultibase);
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_LENGTH);
        System.arraycopy(prefixed, ED25519_PUB.length, der, X509_PREFIX.length, RAW_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a valid Ed25519 public key: " + publicKeyMultibase, e);
        }
    }

    static byte[] raw(PublicKey ed25519) {
        byte[] der = ed25519.getEncoded();
        if (der == null || der.length != X509_PREFIX.length + RAW_LENGTH
                || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + ed25519.getAlgorithm());
        }
        return Arrays.copyOfRange(der, X509_PREFIX.length, der.length);
    }

    /** Bitcoin's base58 alphabet; each leading zero byte becomes a leading '1'. */
    static String base58btc(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        StringBuilder digits = new StringBuilder();
        BigInteger number = new BigInteger(1, bytes);
        while (number.signum() > 0) {
            BigInteger[] quotientAndRemainder = number.divideAndRemainder(BASE);
            digits.append(ALPHABET.charAt(quotientAndRemainder[1].intValue()));
            number = quotientAndRemainder[0];
        }
        digits.append("1".repeat(zeros));
        return digits.reverse().toString();
    }

    /** @throws IllegalArgumentException on a character outside the base58btc alphabet */
    static byte[] base58btcDecode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        BigInteger number = BigInteger.ZERO;
        for (int i = zeros; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("Not base58btc: character '" + text.charAt(i) + "'");
            }
            number = number.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = number.signum() == 0 ? new byte[0] : number.toByteArray();
        // toByteArray adds a sign byte when the top bit is set; it is not part of the value.
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] result = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, result, zeros, magnitude.length - skip);
        return result;
    }
}
