package dk.broer.platform.control;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transaction again when the database turned it away for a lock conflict (SQLState class
 * 40: deadlock, lock timeout, serialisation failure) or lost a race on a unique key (23505). 200
 * people joining one cohort at once do meet such conflicts; each retry is a fresh transaction.
 */
public final class Retry {

    private static final Logger LOG = Logger.getLogger(Retry.class.getName());
    static final int ATTEMPTS = 8;

    private Retry() {
    }

    public static <T> T onConflict(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                int attemptNow = attempt;
                LOG.fine(() -> "Conflict, attempt " + attemptNow + ": " + e);
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short random pause, growing with each attempt, so the conflicting transactions spread out. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Tokens.randomInt(10 * attempt) + 1L);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
