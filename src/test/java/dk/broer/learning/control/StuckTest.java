package dk.broer.learning.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StuckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void threeFailedAttemptsOnOneModule() {
        assertEquals(Optional.of(Stuck.Reason.FAILED_THREE), Stuck.of(false, 3, NOW, NOW.minusSeconds(60), NOW));
        assertEquals(Optional.empty(), Stuck.of(false, 2, NOW, NOW.minusSeconds(60), NOW));
    }

    @Test
    void sevenDaysWithoutAStepSinceTheLastOneOrSinceEnrolling() {
        assertEquals(Optional.of(Stuck.Reason.NO_PROGRESS), Stuck.of(false, 0, NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(20)), NOW));
        assertEquals(Optional.empty(), Stuck.of(false, 0, NOW.minus(Duration.ofDays(6)), NOW.minus(Duration.ofDays(20)), NOW));
        assertEquals(Optional.of(Stuck.Reason.NO_PROGRESS), Stuck.of(false, 0, null, NOW.minus(Duration.ofDays(8)), NOW), "never started");
        assertEquals(Optional.empty(), Stuck.of(false, 0, null, NOW.minus(Duration.ofDays(2)), NOW), "just joined");
    }

    @Test
    void aCompletedLearnerIsNeverStuck() {
        assertEquals(Optional.empty(), Stuck.of(true, 5, null, NOW.minus(Duration.ofDays(90)), NOW));
    }
}
