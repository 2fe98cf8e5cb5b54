package dk.broer.reporting.control;

import dk.broer.reporting.entity.Share;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WilsonTest {

    @Test
    void givesTheShareAndItsWilsonScoreInterval() {
        // 8 of 10: the textbook Wilson interval is 0.490–0.943.
        Share share = Wilson.of(8, 10, 5);
        assertEquals(80, share.percent());
        assertEquals(49.0, share.low());
        assertEquals(94.3, share.high());
        // 101 of 118 (Taste the World): 0.781–0.908.
        Share taste = Wilson.of(101, 118, 5);
        assertEquals(86, taste.percent());
        assertEquals(78.1, taste.low());
        assertEquals(90.8, taste.high());
    }

    @Test
    void staysWithinZeroAndAHundredAtTheEdges() {
        Share all = Wilson.of(5, 5, 5);
        assertEquals(100, all.percent());
        assertEquals(100.0, all.high());
        assertTrue(all.low() > 50 && all.low() < 60, "5 of 5 is still uncertain: " + all.low());
        assertEquals(0.0, Wilson.of(0, 20, 5).low());
    }

    @Test
    void hidesTheShareOfAGroupUnderTheThreshold() {
        assertTrue(Wilson.of(4, 4, 5).isHidden());
        assertTrue(Wilson.of(0, 0, 5).isHidden());
    }

    @Test
    void aTargetIsMetWhenTheShareReachesIt() {
        assertEquals("met", Wilson.status(4, 5, 80, 5), "exactly 80 %");
        assertEquals("not-met", Wilson.status(79, 100, 80, 5));
        assertEquals("met", Wilson.status(3, 4, 75, 3));
        assertEquals("too-few", Wilson.status(4, 4, 80, 5));
    }
}
