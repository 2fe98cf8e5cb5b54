package dk.broer.learning.entity;

import java.time.Instant;

/** An enrolment's track was completed; fired inside the transaction that met its last rule. */
public record TrackCompleted(long completionId, long enrolmentId, long learnerId, long cohortId, String trackId, Instant at) {
}
