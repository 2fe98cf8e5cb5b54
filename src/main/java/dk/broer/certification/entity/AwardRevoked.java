package dk.broer.certification.entity;

/** An award was revoked; fired inside the revoking transaction. */
public record AwardRevoked(long awardId) {
}
