package dk.broer.consultants.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidityTest {

    static final Validity TWO_YEARS = Validity.of(LocalDate.of(2026, 12, 1), 24);

    @Test
    void twentyFourMonthsFromTheFirstOfDecemberHoldThroughTheLastOfNovember() {
        assertEquals(LocalDate.of(2028, 11, 30), TWO_YEARS.validUntil());
        assertEquals(LocalDate.of(2030, 2, 27), Validity.of(LocalDate.of(2028, 2, 29), 24).validUntil(),
                "from a leap day: two years on is 28 February, so it holds through the 27th");
    }

    @Test
    void itExpiresAtMidnightInCopenhagenNotInUtc() {
        // 2028-11-30 23:00 UTC is already 1 December 00:00 in Copenhagen (CET, UTC+1).
        assertEquals(Instant.parse("2028-11-30T23:00:00Z"), TWO_YEARS.expiresAt());
        assertEquals(Validity.Standing.EXPIRING, TWO_YEARS.standing(Instant.parse("2028-11-30T22:59:59Z")));
        assertEquals(Validity.Standing.EXPIRED, TWO_YEARS.standing(Instant.parse("2028-11-30T23:00:00Z")));
        assertTrue(TWO_YEARS.holdsAt(Instant.parse("2028-11-30T22:59:59Z")));
        assertFalse(TWO_YEARS.holdsAt(Instant.parse("2028-11-30T23:00:00Z")));
        // In summer time the same rule is UTC+2.
        Validity summer = new Validity(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 30));
        assertEquals(Instant.parse("2027-06-30T22:00:00Z"), summer.expiresAt());
    }

    @Test
    void theRegisterWarnsNinetyDaysAhead() {
        // The 90 last days are 2028-09-02 … 2028-11-30.
        assertEquals(Validity.Standing.ACTIVE, TWO_YEARS.standing(Instant.parse("2028-09-01T12:00:00Z")));
        assertEquals(Validity.Standing.EXPIRING, TWO_YEARS.standing(Instant.parse("2028-09-02T12:00:00Z")));
    }

    @Test
    void renewalOpensWithItsWindowAndClosesAtExpiry() {
        assertFalse(TWO_YEARS.renewalOpenAt(Instant.parse("2028-09-01T12:00:00Z"), 90));
        assertTrue(TWO_YEARS.renewalOpenAt(Instant.parse("2028-09-02T12:00:00Z"), 90));
        assertTrue(TWO_YEARS.renewalOpenAt(Instant.parse("2028-11-30T22:00:00Z"), 90));
        assertFalse(TWO_YEARS.renewalOpenAt(Instant.parse("2028-11-30T23:00:00Z"), 90), "after expiry it is a new certification");
    }

    @Test
    void aRenewalContinuesFromTheEndWithoutLosingADay() {
        Validity next = TWO_YEARS.renewed(24);
        assertEquals(LocalDate.of(2028, 12, 1), next.validFrom());
        assertEquals(LocalDate.of(2030, 11, 30), next.validUntil());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Validity.of(LocalDate.of(2026, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> new Validity(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }
}
