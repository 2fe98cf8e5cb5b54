package dk.broer.learning.entity;

import java.time.Instant;

/** A signed-in learner sent a knowledge check; fired inside the transaction that stored it. */
public record AttemptMade(long learnerId, String moduleId, int version, String language, int score, boolean passed, Instant at) {
}
