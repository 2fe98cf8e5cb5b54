package dk.broer.cohorts.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohortTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static Cohort cohort(int capacity) {
        return new Cohort(new Cohort.Plan("Valby", 1, "bus-driver", "valby", "bus-drivers", START, START.plusDays(30),
                capacity, Set.of(7L)), "K7QX-M4TD-9PRW", Instant.now());
    }

    @Test
    void decidesItsStatusForAGivenDay() {
        Cohort cohort = cohort(20);
        assertEquals(CohortStatus.PLANNED, cohort.status(START.minusDays(1)));
        assertEquals(CohortStatus.OPEN, cohort.status(START));
        assertEquals(CohortStatus.OPEN, cohort.status(START.plusDays(30)));
        assertEquals(CohortStatus.ENDED, cohort.status(START.plusDays(31)));
        cohort.closeJoining();
        assertEquals(CohortStatus.CLOSED, cohort.status(START));
        assertEquals(CohortStatus.ENDED, cohort.status(START.plusDays(31)), "ended wins over closed");
        assertTrue(CohortStatus.PLANNED.takesPeople() && CohortStatus.OPEN.takesPeople());
        assertFalse(CohortStatus.FULL.takesPeople() || CohortStatus.CLOSED.takesPeople() || CohortStatus.ENDED.takesPeople());
    }

    @Test
    void knowsItsTrainersAndItsDays() {
        Cohort cohort = cohort(5);
        assertTrue(cohort.isTrainedBy(7));
        assertFalse(cohort.isTrainedBy(8));
        assertTrue(cohort.contains(START) && cohort.contains(START.plusDays(30)));
        assertFalse(cohort.contains(START.minusDays(1)));
    }

    @Test
    void refusesAPlanThatCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> new Cohort(new Cohort.Plan("x", 1, "a", "d", "t", START,
                START.minusDays(1), 5, Set.of(1L)), "c", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> new Cohort(new Cohort.Plan("x", 1, "a", "d", "t", START,
                START, 5, Set.of()), "c", Instant.now()));
    }
}
