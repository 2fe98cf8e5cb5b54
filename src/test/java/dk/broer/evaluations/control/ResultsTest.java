package dk.broer.evaluations.control;

import dk.broer.evaluations.entity.Answer;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 12);
    private static final Occasion MEETING = new Occasion(new Occasion.Subject(OccasionKind.MEETING, 1, 1L, "Valby", "valby", DAY),
            "course", DAY, DAY.plusDays(7));

    private static List<Answer> answers(int... communityScores) {
        return IntStream.range(0, communityScores.length).mapToObj(i -> new Answer("a" + i, 1, DAY,
                Map.of("community", communityScores[i], "useful", 3), i % 2 == 0 ? "kommentar " + (communityScores.length - i) : null))
                .toList();
    }

    @Test
    void countsAgreementFromTheQuestionnairesStepAndRoundsTheShare() {
        Results r = Results.of(MEETING, AnswerCheckTest.COURSE, answers(5, 4, 4, 3, 1, 5), 5);
        assertEquals(Optional.of(6), r.answers());
        assertEquals(Optional.of(4), r.items().get(0).agree());
        assertEquals(Optional.of(67), r.items().get(0).share());
        assertEquals(Optional.of(0), r.items().get(1).agree());
        assertEquals(Optional.of(List.of("kommentar 2", "kommentar 4", "kommentar 6")), r.comments(), "sorted by their text");
    }

    @Test
    void underTheThresholdNothingButFewerThanIsGiven() {
        Results r = Results.of(MEETING, AnswerCheckTest.COURSE, answers(5, 5, 5, 5), 5);
        assertEquals(Optional.empty(), r.answers());
        assertEquals(5, r.threshold());
        assertTrue(r.items().stream().allMatch(i -> i.agree().isEmpty() && i.share().isEmpty()));
        assertEquals(Optional.empty(), r.comments());
        assertEquals(Optional.of(5), Results.of(MEETING, AnswerCheckTest.COURSE, answers(5, 5, 5, 5, 5), 5).answers());
    }

    @Test
    void theThresholdIsNeverBelowThree() {
        assertEquals(3, SuppressionThreshold.of(1));
        assertEquals(3, SuppressionThreshold.of(3));
        assertEquals(10, SuppressionThreshold.of(10));
    }
}
