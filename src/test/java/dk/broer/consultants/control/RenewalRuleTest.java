package dk.broer.consultants.control;

import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.Renewal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenewalRuleTest {

    static final Renewal RULE = new Renewal(90, "refresher", 1, 12, new LocalizedText(Map.of("da", "x", "en", "x")));
    static final Validity TWO_YEARS = Validity.of(LocalDate.of(2025, 1, 1), 24);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    static final Optional<Instant> REFRESHED = Optional.of(Instant.parse("2026-10-01T10:00:00Z"));

    @Test
    void theRefresherAndAnActivityInEachYearRenew() {
        Candidates.RenewalStanding standing = RenewalRule.standing(RULE, 2, TWO_YEARS, REFRESHED,
                List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 1)), TODAY);
        assertTrue(standing.ready());
        assertEquals(2, standing.activities());
        assertEquals(2, standing.activitiesNeeded());
    }

    @Test
    void twoActivitiesInOneYearDoNotMakeUpForAnEmptyYear() {
        assertFalse(RenewalRule.standing(RULE, 2, TWO_YEARS, REFRESHED,
                List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1)), TODAY).ready());
    }

    @Test
    void aRefresherTakenBeforeThisCertificationDoesNotCount() {
        Candidates.RenewalStanding old = RenewalRule.standing(RULE, 2, TWO_YEARS, Optional.of(Instant.parse("2024-06-01T10:00:00Z")),
                List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 1)), TODAY);
        assertFalse(old.refresherPassed());
        assertFalse(RenewalRule.standing(RULE, 2, TWO_YEARS, Optional.empty(), List.of(), TODAY).ready());
    }

    @Test
    void activitiesOutsideTheValidityAreNotCounted() {
        assertEquals(0, RenewalRule.standing(RULE, 2, TWO_YEARS, REFRESHED, List.of(LocalDate.of(2024, 12, 31)), TODAY).activities());
    }
}
