package dk.broer.content.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricTest {

    private static final LocalizedText TEXT = new LocalizedText(Map.of("da", "x", "en", "x"));

    private static final Rubric RUBRIC = new Rubric(
            List.of(new RubricLevel("not-yet", TEXT), new RubricLevel("partly", TEXT), new RubricLevel("met", TEXT)),
            "partly", List.of(new RubricCriterion("safe-frame", TEXT, TEXT)));

    @Test
    void aScoreAtOrAboveThePassLevelPassesAndAnythingElseDoesNot() {
        assertTrue(RUBRIC.passes("met"));
        assertTrue(RUBRIC.passes("partly"));
        assertFalse(RUBRIC.passes("not-yet"));
        assertFalse(RUBRIC.passes("excellent"), "a level not on the scale never passes");
    }

    @Test
    void activityPeriodsSplitTheValidity() {
        Renewal yearly = new Renewal(90, "refresher", 1, 12, TEXT);
        assertEquals(2, new Certification(24, yearly, List.of()).activityPeriods());
        assertEquals(1, new Certification(12, yearly, List.of()).activityPeriods());
    }
}
