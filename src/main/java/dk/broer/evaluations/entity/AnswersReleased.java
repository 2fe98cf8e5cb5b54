package dk.broer.evaluations.entity;

/**
 * An occasion closed and its answers were written; fired inside that transaction, for reporting.
 * It carries the occasion, never a person.
 */
public record AnswersReleased(long occasionId, OccasionKind kind, int answers) {
}
