package dk.broer.credentials.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List v1.0: multibase base64url (no padding, prefix
 * 'u') of the GZIP of the bitstring. Index 0 is the left-most bit of the bitstring, that is the most
 * significant bit of the first byte (spec section "Bitstring Encoding"); index 7 is the least
 * significant bit of the first byte, index 8 the most significant bit of the second.
 */
public final class StatusList {

    /** Bits in every Broer list: the spec's minimum, 16 KB, so one index says little about a holder. */
    public static final int SIZE = 131072;

    // A list is never legitimately bigger than a few hundred KB; this bounds a hostile "zip bomb".
    private static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private StatusList() {
    }

    /** @throws IllegalArgumentException if a bit at or past {@link #SIZE} is set */
    public static String encode(BitSet set) {
        if (set.length() > SIZE) {
            throw new IllegalArgumentException("Status list index " + (set.length() - 1) + " is past the list's "
                    + SIZE + " bits");
        }
        byte[] bitstring = new byte[SIZE / 8];
        for (int index = set.nextSetBit(0); index >= 0; index = set.nextSetBit(index + 1)) {
            bitstring[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bitstring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /**
     * @throws IllegalArgumentException if the value is not multibase base64url GZIP of at least 16 KB
     */
    public static BitSet decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("Not a base64url multibase value (must start with 'u')");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Status list is not base64url: " + e.getMessage(), e);
        }
        byte[] bitstring = gunzip(compressed);
        if (bitstring.length < SIZE / 8) {
            throw new IllegalArgumentException("Status list has " + bitstring.length * 8L
                    + " bits, fewer than the minimum " + SIZE);
        }
        BitSet set = new BitSet(bitstring.length * 8);
        for (int i = 0; i < bitstring.length; i++) {
            int b = bitstring[i] & 0xff;
            for (int bit = 0; bit < 8 && b != 0; bit++) {
                if ((b & (0x80 >>> bit)) != 0) {
                    set.set(i * 8 + bit);
                }
            }
        }
        return set;
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE / 8);
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                if (out.size() + read > MAX_DECODED_BYTES) {
                    throw new IllegalArgumentException("Status list is larger than " + MAX_DECODED_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("Status list is not GZIP: " + e.getMessage(), e);
        }
    }
}
