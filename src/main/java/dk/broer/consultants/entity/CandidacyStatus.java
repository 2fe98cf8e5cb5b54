package dk.broer.consultants.entity;

import java.util.Locale;

/** Where a candidate's certification stands with the assessors. */
public enum CandidacyStatus {
    /** Logging practice; not yet asked for assessment. */
    LOGGING,
    /** Waiting for an assessor. */
    SUBMITTED,
    /** An assessor asked for changes, with a message; the candidate logs more and submits again. */
    CHANGES_REQUESTED,
    /** Certified: an award with a validity exists. */
    APPROVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
