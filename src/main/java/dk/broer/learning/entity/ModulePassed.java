package dk.broer.learning.entity;

import java.time.Instant;

/** A learner passed a module (by an attempt, or by a trainer's hand); fired inside that transaction. */
public record ModulePassed(long learnerId, String moduleId, int version, Integer score, boolean byHand, Instant at) {
}
