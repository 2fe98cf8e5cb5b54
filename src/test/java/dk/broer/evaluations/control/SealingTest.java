package dk.broer.evaluations.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SealingTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Sealing sealing = new Sealing("k-1", KEY);

    private static AnswerContent answer(String comment) {
        return new AnswerContent(Map.of("community", 5, "useful", 2, "confidence", 4), comment);
    }

    @Test
    void opensWhatItSealed() {
        AnswerContent answer = answer("Godt møde – تمام 👍");
        assertEquals(answer, sealing.open(7, sealing.seal(7, answer)));
        assertEquals(answer(null), sealing.open(7, sealing.seal(7, answer(null))));
    }

    @Test
    void aLongCommentAndNoneSealToTheSameLengthSoTheSizeSaysNothing() {
        String none = sealing.seal(7, answer(null)).ciphertext();
        String longest = sealing.seal(7, answer("ø".repeat(1000))).ciphertext();
        String widest = sealing.seal(7, answer("👍".repeat(500))).ciphertext();
        assertEquals(none.length(), longest.length());
        assertEquals(none.length(), widest.length());
    }

    @Test
    void theSameAnswerSealsDifferentlyEachTimeAndShowsNoneOfItsText() {
        Sealing.Sealed one = sealing.seal(7, answer("Tingbjerg"));
        Sealing.Sealed two = sealing.seal(7, answer("Tingbjerg"));
        assertNotEquals(one.ciphertext(), two.ciphertext());
        assertNotEquals(one.iv(), two.iv());
        String bytes = new String(Base64.getDecoder().decode(one.ciphertext()), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Tingbjerg") || bytes.contains("community"));
    }

    @Test
    void aSealedAnswerCannotBeMovedToAnotherOccasionOrOpenedWithAnotherKey() {
        Sealing.Sealed sealed = sealing.seal(7, answer("x"));
        assertThrows(IllegalStateException.class, () -> sealing.open(8, sealed));
        Sealing other = new Sealing("k-1", "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalStateException.class, () -> other.open(7, sealed));
        assertThrows(IllegalArgumentException.class, () -> new Sealing("k-2", KEY).open(7, sealed));
    }

    @Test
    void theReleaseOrderDependsOnTheAnswersOnly() {
        AnswerContent low = new AnswerContent(Map.of("community", 1, "useful", 5), null);
        AnswerContent high = new AnswerContent(Map.of("useful", 5, "community", 4), "z");
        assertEquals("community=1;useful=5;\u0000", low.order());
        assertEquals(-1, Integer.signum(low.order().compareTo(high.order())));
    }
}
