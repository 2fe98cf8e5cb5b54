package dk.broer.people.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInSessionTest {

    private static final Instant START = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void aStaffSessionEndsAfterTwoIdleHours() {
        SignInSession session = new SignInSession("h", SubjectKind.STAFF, 1, START);
        assertTrue(session.isValidAt(START.plus(Duration.ofMinutes(119))));
        assertFalse(session.isValidAt(START.plus(Duration.ofMinutes(120))));
    }

    @Test
    void useKeepsItAliveButNeverPastTwelveHours() {
        SignInSession session = new SignInSession("h", SubjectKind.STAFF, 1, START);
        for (int hour = 1; hour < 12; hour++) {
            Instant now = START.plus(Duration.ofHours(hour));
            assertTrue(session.isValidAt(now), "hour " + hour);
            session.touch(now);
        }
        assertEquals(START.plus(Duration.ofHours(12)), session.idleUntil());
        assertFalse(session.isValidAt(START.plus(Duration.ofHours(12))));
    }

    @Test
    void aLearnerDeviceStaysSignedInForAMonthOfQuiet() {
        SignInSession session = new SignInSession("h", SubjectKind.LEARNER, 9, START);
        assertTrue(session.isValidAt(START.plus(Duration.ofDays(29))));
        assertFalse(session.isValidAt(START.plus(Duration.ofDays(30))));
        assertEquals(START.plus(Duration.ofDays(90)), session.expiresAt());
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        SignInSession session = new SignInSession("h", SubjectKind.STAFF, 1, START);
        assertFalse(session.needsTouch(START.plusSeconds(59)));
        assertTrue(session.needsTouch(START.plusSeconds(60)));
        session.touch(START.plusSeconds(60));
        assertFalse(session.needsTouch(START.plusSeconds(119)));
    }
}
