package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThrottleRuleTest {

    private static final ThrottleRule RULE = new ThrottleRule("sign-in:account", 10, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void guessesBelowTheLimitPass() {
        assertEquals(0, RULE.retryAfterSeconds(0, null, NOW));
        assertEquals(0, RULE.retryAfterSeconds(9, NOW.minusSeconds(60), NOW));
    }

    @Test
    void atTheLimitWaitUntilTheOldestFailureLeavesTheWindow() {
        assertEquals(14 * 60, RULE.retryAfterSeconds(10, NOW.minusSeconds(60), NOW));
        assertEquals(1, RULE.retryAfterSeconds(25, NOW.minus(Duration.ofMinutes(15)).plusMillis(10), NOW));
    }

    @Test
    void scopesNameRuleAndSubjectAndTheWindowEndsNow() {
        assertEquals("sign-in:account:10.0.0.7", RULE.scope("10.0.0.7"));
        assertEquals(NOW.minus(Duration.ofMinutes(15)), RULE.windowStart(NOW));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule("x", 0, Duration.ofMinutes(1)));
    }

    @Test
    void aThrottledAnswerSaysHowLongInMinutesAndSeconds() {
        ApiProblem problem = ApiProblem.throttled(61);
        assertEquals(429, problem.status());
        assertEquals("61", problem.headers().get("Retry-After"));
        assertEquals(2L, problem.args().get(0));
    }
}
