package dk.broer.learning.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is stuck, for the trainer's filter: not complete, and either three or more failed attempts
 * on one module, or no progress for 7 days (since their last step, or since they enrolled if they
 * never took one).
 */
public final class Stuck {

    public static final int FAILED_ATTEMPTS = 3;
    public static final Duration QUIET = Duration.ofDays(7);

    public enum Reason {
        FAILED_THREE, NO_PROGRESS;

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private Stuck() {
    }

    public static Optional<Reason> of(boolean completed, int mostFailedAttempts, Instant lastActivity, Instant enrolledAt,
                                      Instant now) {
        if (completed) {
            return Optional.empty();
        }
        if (mostFailedAttempts >= FAILED_ATTEMPTS) {
            return Optional.of(Reason.FAILED_THREE);
        }
        Instant last = lastActivity == null ? enrolledAt : lastActivity;
        return last.isBefore(now.minus(QUIET)) ? Optional.of(Reason.NO_PROGRESS) : Optional.empty();
    }
}
