package dk.broer.consultants.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CandidacyTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void submittedChangesAskedForSubmittedAgainThenApproved() {
        Candidacy candidacy = new Candidacy(10, 3);
        assertEquals(CandidacyStatus.LOGGING, candidacy.status());
        candidacy.submit(NOW);
        candidacy.askForChanges(7, "Log the fourth supervision session.");
        assertEquals(CandidacyStatus.CHANGES_REQUESTED, candidacy.status());
        assertEquals("Log the fourth supervision session.", candidacy.changeMessage().orElseThrow());
        candidacy.submit(NOW.plusSeconds(3600));
        candidacy.approve(7, NOW.plusSeconds(7200));
        assertEquals(CandidacyStatus.APPROVED, candidacy.status());
    }

    @Test
    void onlyASubmittedCandidacyIsAssessed() {
        Candidacy candidacy = new Candidacy(10, 3);
        assertThrows(IllegalStateException.class, () -> candidacy.approve(7, NOW));
        assertThrows(IllegalStateException.class, () -> candidacy.askForChanges(7, "x"));
        candidacy.submit(NOW);
        candidacy.approve(7, NOW);
        assertThrows(IllegalStateException.class, () -> candidacy.submit(NOW), "an approved candidacy is done");
    }
}
