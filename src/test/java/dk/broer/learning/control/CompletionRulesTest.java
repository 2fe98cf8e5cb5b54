package dk.broer.learning.control;

import dk.broer.content.entity.Certification;
import dk.broer.content.entity.CompletionRule;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionRulesTest {

    private static final LocalizedText TEXT = new LocalizedText(Map.of("da", "x", "en", "x"));

    private static Track track(Workshop workshop, int passMark, String followUp, boolean certification) {
        return new Track("t", "bus-driver", TEXT, TEXT, List.of("a", "b"), followUp, new CompletionRule(passMark, workshop),
                false, certification ? new Certification(24, new Renewal(90, "refresher", 1, 12, TEXT), List.of()) : null);
    }

    @Test
    void everyModulePassedAndTheWorkshopWhenItIsRequired() {
        Track required = track(Workshop.REQUIRED, 80, null, false);
        assertFalse(CompletionRules.met(required, List.of("a", "b"), Set.of("a"), true), "a module missing");
        assertFalse(CompletionRules.met(required, List.of("a", "b"), Set.of("a", "b"), false), "the workshop missing");
        assertTrue(CompletionRules.met(required, List.of("a", "b"), Set.of("a", "b"), true));
        assertTrue(CompletionRules.met(track(Workshop.OPTIONAL, 80, null, false), List.of("a", "b"), Set.of("a", "b"), false),
                "optional is recorded, never required");
        assertTrue(CompletionRules.met(track(Workshop.NONE, 80, null, false), List.of("a", "b"), Set.of("a", "b"), false));
    }

    @Test
    void aCertificationTrackWaitsForTheAssessor() {
        assertFalse(CompletionRules.met(track(Workshop.NONE, 80, null, true), List.of("a", "b"), Set.of("a", "b"), true));
    }

    @Test
    void theFollowUpIsNeverRequired() {
        Track track = track(Workshop.NONE, 80, "later", false);
        assertEquals(List.of("a", "b"), CompletionRules.required(List.of("a", "b", "later"), track),
                "an enrolment from before follow-ups had their own key still completes without it");
    }

    @Test
    void theStrictestPassMarkOfTheLearnersTracksApplies() {
        Track eighty = track(Workshop.NONE, 80, null, false);
        Track ninety = new Track("u", "bus-driver", TEXT, TEXT, List.of("a"), null, new CompletionRule(90, Workshop.NONE),
                false, null);
        assertEquals(90, CompletionRules.passMark("a", List.of(eighty, ninety)));
        assertEquals(80, CompletionRules.passMark("b", List.of(eighty, ninety)));
        assertEquals(100, CompletionRules.passMark("nowhere", List.of(eighty)));
    }
}
