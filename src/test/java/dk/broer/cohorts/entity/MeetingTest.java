package dk.broer.cohorts.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingTest {

    private static final Instant NINE = Instant.parse("2026-12-10T08:00:00Z");
    private static final Instant ELEVEN = NINE.plus(Duration.ofHours(2));

    @Test
    void aMoveRemembersWhatTheMeetingFirstWas() {
        Meeting meeting = new Meeting(1, NINE, ELEVEN, "Valby busgarage");
        assertFalse(meeting.move(NINE, ELEVEN, "Valby busgarage", Instant.now()), "the same time and place is no move");
        assertFalse(meeting.isMoved());
        assertTrue(meeting.move(NINE.plus(Duration.ofDays(1)), ELEVEN.plus(Duration.ofDays(1)), "Kantinen", Instant.now()));
        assertTrue(meeting.move(NINE.plus(Duration.ofDays(2)), ELEVEN.plus(Duration.ofDays(2)), "Kantinen", Instant.now()));
        assertEquals(NINE, meeting.previousStartsAt().orElseThrow(), "what the learners were first told");
        assertEquals("Valby busgarage", meeting.previousPlace().orElseThrow());
        assertTrue(meeting.changedAt().isPresent());
    }

    @Test
    void aCancelledMeetingSaysSoAndAMeetingEndsAfterItStarts() {
        Meeting meeting = new Meeting(1, NINE, ELEVEN, "Valby");
        meeting.cancel(Instant.now());
        assertTrue(meeting.isCancelled());
        assertThrows(IllegalArgumentException.class, () -> new Meeting(1, ELEVEN, NINE, "Valby"));
    }
}
