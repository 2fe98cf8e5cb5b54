package dk.broer.cohorts.entity;

import java.time.Instant;

/** A trainer took a learner out of a cohort; fired inside that transaction. */
public record Unenrolled(long cohortId, long learnerId, Instant at) {
}
