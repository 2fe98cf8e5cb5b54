package dk.broer.learning.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleProgressTest {

    private static final Instant T = Instant.parse("2026-12-01T07:00:00Z");

    private static Attempt attempt(int correct, int total, int version, Instant at) {
        return new Attempt(1, "on-the-bus", version, "da", "q=1", correct, total, 80, at);
    }

    @Test
    void anAttemptPassesAtThePassMark() {
        assertTrue(attempt(4, 5, 1, T).passed(), "4 of 5 is 80 %");
        assertFalse(attempt(3, 5, 1, T).passed());
        assertEquals(60, attempt(3, 5, 1, T).score());
        assertEquals(66, attempt(2, 3, 1, T).score(), "rounded down");
    }

    @Test
    void failuresCountUntilItPassesAndAPassIsForGood() {
        ModuleProgress progress = new ModuleProgress(1, "on-the-bus", T);
        assertEquals(ModuleState.STARTED, progress.state());
        assertFalse(progress.attempted(attempt(2, 5, 1, T.plusSeconds(60))));
        assertFalse(progress.attempted(attempt(3, 5, 1, T.plusSeconds(120))));
        assertEquals(ModuleState.FAILED, progress.state());
        assertEquals(2, progress.failedAttempts());
        assertTrue(progress.attempted(attempt(5, 5, 1, T.plusSeconds(180))), "the first pass");
        assertFalse(progress.attempted(attempt(0, 5, 2, T.plusSeconds(240))), "a later failed attempt changes nothing");
        assertEquals(ModuleState.PASSED, progress.state());
        assertEquals(1, progress.passedVersion().orElseThrow(), "the version passed is kept, whatever comes later");
        assertEquals(100, progress.passedScore().orElseThrow());
        assertEquals(T.plusSeconds(240), progress.lastActivityAt());
    }

    @Test
    void aTrainerMayPassItByHandWithAReason() {
        ModuleProgress progress = new ModuleProgress(1, "on-the-bus", T);
        assertTrue(progress.passedByHand("took it on paper", 7, 3, T.plus(Duration.ofDays(1))));
        assertEquals("took it on paper", progress.byHandReason().orElseThrow());
        assertEquals(3, progress.passedVersion().orElseThrow());
        assertFalse(progress.passedByHand("again", 7, 3, T.plus(Duration.ofDays(2))));
    }

    @Test
    void mergingKeepsTheEarlierPassAndAllTheTries() {
        ModuleProgress kept = new ModuleProgress(1, "m", T);
        kept.attempted(attempt(1, 5, 1, T.plusSeconds(10)));
        ModuleProgress duplicate = new ModuleProgress(2, "m", T.minusSeconds(100));
        duplicate.attempted(attempt(5, 5, 1, T.minusSeconds(50)));
        kept.absorb(duplicate);
        assertEquals(ModuleState.PASSED, kept.state());
        assertEquals(T.minusSeconds(50), kept.passedAt().orElseThrow());
        assertEquals(T.minusSeconds(100), kept.startedAt());
        assertEquals(1, kept.failedAttempts());
    }
}
