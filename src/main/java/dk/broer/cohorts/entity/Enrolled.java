package dk.broer.cohorts.entity;

import java.time.Instant;

/**
 * A learner was enrolled in a cohort. Fired inside the enrolling transaction, so an observer's
 * writes (reporting's person-free facts, later xAPI statements) commit or roll back with it.
 */
public record Enrolled(long enrolmentId, long cohortId, long learnerId, long organisationId, String districtCode,
                       String trackId, String audience, EnrolmentMethod method, Instant at) {
}
