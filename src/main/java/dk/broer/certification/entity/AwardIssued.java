package dk.broer.certification.entity;

/** An award was issued (a first edition, or a new one under a corrected name); fired inside its transaction. */
public record AwardIssued(long awardId) {
}
