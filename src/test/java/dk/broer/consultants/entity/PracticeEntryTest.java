package dk.broer.consultants.entity;

import dk.broer.consultants.control.FreeText;
import dk.broer.consultants.control.PracticeLog;
import dk.broer.content.entity.PracticeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeEntryTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static PracticeEntry.Project project(int meetings, int answered, String stories) {
        return new PracticeEntry.Project("Tryg i Husum", "broenshoej-husum", DAY, DAY.plusMonths(2), "Boligsocialt team",
                "Unge føler sig ikke velkomne i butikkerne.", "Tre dialogmøder med unge og butiksansatte.", meetings,
                answered * 9 / 10, answered, stories);
    }

    @Test
    void aDialogueCountsByTheRoleTheCandidateHad() {
        assertEquals(Optional.of(PracticeKind.CO_FACILITATION), PracticeEntry.dialogue(1, DAY, "noerrebro", "Biblioteket", 14,
                PracticeEntry.Role.CO_FACILITATOR, NOW).countsTowards());
        assertEquals(Optional.of(PracticeKind.LED_DIALOGUE), PracticeEntry.dialogue(1, DAY, "noerrebro", "Biblioteket", 14,
                PracticeEntry.Role.LEAD, NOW).countsTowards());
    }

    @Test
    void aProjectCountsOnlyOnceItHoldsAllTheTrackAsks() {
        String three = "Første fortælling.\n\nAnden fortælling.\n\nTredje fortælling.";
        assertTrue(PracticeEntry.project(1, project(2, 20, three), NOW).isCompleteProject());
        assertFalse(PracticeEntry.project(1, project(1, 20, three), NOW).isCompleteProject(), "two meetings at least");
        assertFalse(PracticeEntry.project(1, project(2, 0, three), NOW).isCompleteProject(), "an evaluation with answers");
        assertFalse(PracticeEntry.project(1, project(2, 20, "Kun én.\n\n  \n\nTo."), NOW).isCompleteProject(), "three stories");
        assertEquals(Optional.of(90), PracticeEntry.project(1, project(2, 20, three), NOW).agreedPercent());
    }

    @Test
    void theLogIsCountedPerRequirementWithTheAssessorsObservation() {
        List<PracticeEntry> log = List.of(
                PracticeEntry.dialogue(1, DAY, "tingbjerg", "Klubben", 12, PracticeEntry.Role.CO_FACILITATOR, NOW),
                PracticeEntry.dialogue(1, DAY, "tingbjerg", "Klubben", 9, PracticeEntry.Role.CO_FACILITATOR, NOW),
                PracticeEntry.supervision(1, DAY, "Supervisor", 90, "Gruppesupervision", NOW),
                PracticeEntry.project(1, project(1, 0, ""), NOW));
        assertEquals(Map.of(PracticeKind.CO_FACILITATION, 2, PracticeKind.SUPERVISION_SESSION, 1), PracticeLog.counted(log, false));
        assertEquals(1, PracticeLog.counted(log, true).get(PracticeKind.OBSERVED_FACILITATION));
    }

    @Test
    void freeTextRefusesWhatLooksLikeACprNumber() {
        assertEquals("practice.text.cpr", FreeText.problem("notes", "Deltager 010190-1234 kom for sent", 4000).orElseThrow().key());
        assertTrue(FreeText.problem("notes", "14 deltagere, 3 nye", 4000).isEmpty());
        assertEquals("practice.text.tooLong", FreeText.problem("notes", "x".repeat(4001), 4000).orElseThrow().key());
    }
}
