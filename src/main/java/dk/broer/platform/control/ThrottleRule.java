package dk.broer.platform.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed guesses a scope may make in a sliding window. Only failures count: a venue's
 * Wi-Fi full of people who type the right code is never slowed down.
 */
public record ThrottleRule(String name, int limit, Duration window) {

    public ThrottleRule {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs a positive limit and window");
        }
    }

    /** The scope key under which failures of this rule for one subject (an address, an account) are counted. */
    public String scope(String subject) {
        return name + ":" + subject;
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Seconds until the oldest failure in the window leaves it, or 0 when another guess is allowed. */
    public long retryAfterSeconds(long failuresInWindow, Instant oldestInWindow, Instant now) {
        if (failuresInWindow < limit || oldestInWindow == null) {
            return 0;
        }
        long seconds = Duration.between(now, oldestInWindow.plus(window)).toSeconds();
        return Math.max(1, seconds);
    }
}
