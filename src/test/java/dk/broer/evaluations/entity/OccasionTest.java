package dk.broer.evaluations.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccasionTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 12);

    @Test
    void itsWeekIsTheMondayOfTheOccasionNotOfAnyAnswer() {
        Occasion o = new Occasion(new Occasion.Subject(OccasionKind.MEETING, 4, 2L, "Valby", "valby", THURSDAY), "course",
                THURSDAY, THURSDAY.plusDays(7));
        assertEquals(LocalDate.of(2026, 11, 9), o.week());
        o.describe(new Occasion.Subject(OccasionKind.MEETING, 4, 2L, "Valby", "valby", LocalDate.of(2026, 11, 16)));
        assertEquals(LocalDate.of(2026, 11, 16), o.week(), "a Monday is its own week");
    }

    @Test
    void takesAnswersFromItsFirstToItsLastDayAndUpToItsLimit() {
        Occasion o = Occasion.withLink(new Occasion.Subject(OccasionKind.ACTIVITY, 1, null, "Taste the World", "norrebro", THURSDAY),
                "activity", THURSDAY, THURSDAY.plusDays(30), 0, "token");
        assertTrue(o.isFull(), "a limit of 0 is full");
        o.reschedule(THURSDAY, THURSDAY.plusDays(30), 120);
        assertFalse(o.takesAnswers(THURSDAY.minusDays(1)));
        assertTrue(o.takesAnswers(THURSDAY));
        assertTrue(o.takesAnswers(THURSDAY.plusDays(30)));
        assertFalse(o.takesAnswers(THURSDAY.plusDays(31)));
        assertEquals(java.util.Optional.of("token"), o.linkToken());
    }
}
