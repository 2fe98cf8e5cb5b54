package dk.broer.cohorts.entity;

import java.time.Instant;

/** A trainer marked (or unmarked) a learner at a meeting; fired inside that transaction. */
public record AttendanceMarked(long cohortId, long meetingId, long learnerId, Boolean present, Instant at) {
}
