package dk.broer.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class StatusListTest {

    @Test
    void roundTripAtTheEdges() {
        BitSet set = new BitSet();
        set.set(0);
        set.set(7);
        set.set(8);
        set.set(131071);

        String encoded = StatusList.encode(set);

        assertTrue(encoded.startsWith("u"), encoded);
        assertFalse(encoded.contains("="), "no padding");
        assertTrue(encoded.length() > 20 && encoded.length() < 400, "a sparse 16 KB list compresses well: "
                + encoded.length());
        assertEquals(set, StatusList.decode(encoded));
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() throws Exception {
        BitSet set = new BitSet();
        set.set(0);
        set.set(7);
        set.set(8);
        set.set(131071);

        byte[] bitstring;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(StatusList.encode(set).substring(1))))) {
            bitstring = in.readAllBytes();
        }

        assertEquals(StatusList.SIZE / 8, bitstring.length);
        assertEquals((byte) 0b1000_0001, bitstring[0]);
        assertEquals((byte) 0b1000_0000, bitstring[1]);
        assertEquals((byte) 0b0000_0001, bitstring[bitstring.length - 1]);
    }

    /** The spec's example encodedList: an empty list of 131,072 bits. */
    @Test
    void decodesTheSpecExample() {
        BitSet set = StatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

        assertTrue(set.isEmpty());
        assertEquals(StatusList.decode(StatusList.encode(new BitSet())), set);
    }

    @Test
    void refusesWhatIsNotAStatusList() {
        BitSet tooFar = new BitSet();
        tooFar.set(StatusList.SIZE);

        assertThrows(IllegalArgumentException.class, () -> StatusList.encode(tooFar));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("zH4sI"));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("unot gzip"));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("uH4sIAAAAAAAC_wMAAAAAAAAAAAA"),
                "an empty bitstring is shorter than 16 KB");
    }

}
