package dk.broer.people.entity;

/**
 * Two learner records were the same person: everything of the duplicate now belongs to the one
 * kept. Fired inside the merging transaction, before the duplicate is deleted, so each capability
 * moves its own rows (enrolments; later attempts and completions) and "people reached" stays true.
 */
public record LearnersMerged(long kept, long duplicate) {
}
