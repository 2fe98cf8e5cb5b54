package dk.broer.consultants.control;

import dk.broer.platform.control.Copenhagen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How long a certification holds: from the day it is granted through the last day of its
 * validity months, so that it ends at midnight in Copenhagen (not in UTC, not at the server's
 * clock). Renewal opens a number of days before that.
 */
public record Validity(LocalDate validFrom, LocalDate validUntil) {

    /** The register warns 90 days ahead, and so does the consultant's page. */
    public static final int WARNING_DAYS = 90;

    public enum Standing { ACTIVE, EXPIRING, EXPIRED }

    public Validity {
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(validUntil);
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("A validity ends before it starts: " + validFrom + "–" + validUntil);
        }
    }

    /** Granted on `from` for `months`: e.g. 2026-12-01 for 24 months holds through 2028-11-30. */
    public static Validity of(LocalDate from, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("A validity of " + months + " months");
        }
        return new Validity(from, from.plusMonths(months).minusDays(1));
    }

    /** The first moment it no longer holds: midnight in Copenhagen after the last valid day. */
    public Instant expiresAt() {
        return Copenhagen.at(validUntil.plusDays(1), LocalTime.MIDNIGHT);
    }

    public boolean holdsAt(Instant now) {
        return !now.isBefore(Copenhagen.at(validFrom, LocalTime.MIDNIGHT)) && now.isBefore(expiresAt());
    }

    public Standing standing(Instant now) {
        if (!now.isBefore(expiresAt())) {
            return Standing.EXPIRED;
        }
        return now.isBefore(Copenhagen.at(validUntil.minusDays(WARNING_DAYS - 1L), LocalTime.MIDNIGHT))
                ? Standing.ACTIVE : Standing.EXPIRING;
    }

    /** Renewal may be applied for from `windowDays` before the last valid day until it expires. */
    public boolean renewalOpenAt(Instant now, int windowDays) {
        return !now.isBefore(Copenhagen.at(validUntil.minusDays(windowDays - 1L), LocalTime.MIDNIGHT)) && now.isBefore(expiresAt());
    }

    /** A renewal granted while this one holds continues from its end, so no day is lost or doubled. */
    public Validity renewed(int months) {
        return of(validUntil.plusDays(1), months);
    }
}
