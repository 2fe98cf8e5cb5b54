package dk.broer.consultants.control;

import dk.broer.content.entity.Certification;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementsTest {

    static PracticeRequirement requirement(String id, PracticeKind kind, int count) {
        LocalizedText text = new LocalizedText(Map.of("da", id, "en", id));
        return new PracticeRequirement(id, kind, count, text, text);
    }

    static final Certification CERTIFICATION = new Certification(24, new dk.broer.content.entity.Renewal(90, "refresher", 1, 12,
            new LocalizedText(Map.of("da", "x", "en", "x"))), List.of(
            requirement("co-facilitated-dialogues", PracticeKind.CO_FACILITATION, 2),
            requirement("supervision", PracticeKind.SUPERVISION_SESSION, 4),
            requirement("observed-facilitation", PracticeKind.OBSERVED_FACILITATION, 1)));

    @Test
    void eachRequirementShowsHowMuchIsDoneAndNeverMoreThanAsked() {
        List<Requirements.Standing> standing = Requirements.standing(CERTIFICATION,
                Map.of(PracticeKind.CO_FACILITATION, 3, PracticeKind.SUPERVISION_SESSION, 1));
        assertEquals(List.of(2, 1, 0), standing.stream().map(Requirements.Standing::shown).toList(), "2 of 2, 1 of 4, 0 of 1");
        assertEquals(List.of(true, false, false), standing.stream().map(Requirements.Standing::met).toList());
    }

    @Test
    void readyOnlyWhenEveryModuleAndEveryRequirementIsMet() {
        Map<PracticeKind, Integer> all = Map.of(PracticeKind.CO_FACILITATION, 2, PracticeKind.SUPERVISION_SESSION, 4,
                PracticeKind.OBSERVED_FACILITATION, 1);
        assertTrue(Requirements.readiness(List.of("a", "b"), Set.of("a", "b"), CERTIFICATION, all).ready());
        Requirements.Readiness moduleMissing = Requirements.readiness(List.of("a", "b"), Set.of("a"), CERTIFICATION, all);
        assertFalse(moduleMissing.ready());
        assertEquals(List.of("b"), moduleMissing.missingModules());
        Requirements.Readiness practiceMissing = Requirements.readiness(List.of("a"), Set.of("a"), CERTIFICATION,
                Map.of(PracticeKind.CO_FACILITATION, 2, PracticeKind.SUPERVISION_SESSION, 3));
        assertEquals(List.of("supervision", "observed-facilitation"),
                practiceMissing.unmet().stream().map(s -> s.requirement().id()).toList());
    }
}
