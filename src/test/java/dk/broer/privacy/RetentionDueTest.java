package dk.broer.privacy;

import dk.broer.privacy.entity.RetentionDue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetentionDueTest {

    private final RetentionDue due = new RetentionDue(Instant.parse("2026-03-31T10:00:00Z"),
            Map.of("learners", Period.ofMonths(1), "sessions", Period.ZERO, "audit", Period.ofYears(3)));

    @Test
    void monthsCountOnTheCopenhagenCalendar() {
        // 31 March 12:00 in Copenhagen (summer time) minus a month is 28 February 12:00 (winter time).
        assertEquals(Instant.parse("2026-02-28T11:00:00Z"), due.cutoff("learners"));
        assertEquals(Instant.parse("2023-03-31T10:00:00Z"), due.cutoff("audit"));
    }

    @Test
    void aZeroPeriodCutsOffNow() {
        assertEquals(Instant.parse("2026-03-31T10:00:00Z"), due.cutoff("sessions"));
    }

    @Test
    void everySettingIsReportedAndCountsAddUp() {
        due.removed("sessions", 2);
        due.removed("sessions", 3);
        assertEquals(Map.of("learners", 0, "sessions", 5, "audit", 0), due.removed());
    }

    @Test
    void anUnknownSettingIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> due.cutoff("nothing"));
    }
}
