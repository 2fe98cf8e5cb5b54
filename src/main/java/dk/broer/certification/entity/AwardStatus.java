package dk.broer.certification.entity;

import java.util.Locale;

/** What the verification page says about a certificate. */
public enum AwardStatus {
    /** Genuine and current. */
    VALID,
    /** Replaced by a new edition (a corrected name): it was true when issued, so it is not revoked. */
    SUPERSEDED,
    /** Withdrawn by a coordinator, with a reason. */
    REVOKED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
