package dk.broer.evaluations.control;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.Questionnaire;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnswerCheckTest {

    static final Questionnaire COURSE = questionnaire();

    static Questionnaire questionnaire() {
        LocalizedText t = new LocalizedText(Map.of("da", "x", "en", "x"));
        return new Questionnaire("course", List.of("track"), t, t, 4,
                List.of(new EvaluationItem("community", t, "community"), new EvaluationItem("useful", t, null)),
                Collections.nCopies(5, t), t);
    }

    private static List<String> fields(Runnable check) {
        ApiProblem problem = assertThrows(ApiProblem.class, check::run);
        return problem.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void keepsTheScoresAndAStrippedComment() {
        AnswerContent answer = AnswerCheck.check(COURSE, Map.of("community", 5, "useful", 1), "  Tak for i dag \n");
        assertEquals(Map.of("community", 5, "useful", 1), answer.scores());
        assertEquals("Tak for i dag", answer.comment());
        assertEquals(null, AnswerCheck.check(COURSE, Map.of("community", 5, "useful", 1), "   ").comment());
    }

    @Test
    void namesEveryItemThatIsMissingOutOfRangeOrUnknown() {
        Map<String, Integer> scores = new HashMap<>(Map.of("useful", 6, "extra", 3));
        assertEquals(List.of("scores.community", "scores.useful", "scores.extra"), fields(() -> AnswerCheck.check(COURSE, scores, null)));
        assertEquals(List.of("scores.community", "scores.useful"), fields(() -> AnswerCheck.check(COURSE, null, null)));
        assertEquals(List.of("scores.useful"), fields(() -> AnswerCheck.check(COURSE, Map.of("community", 1, "useful", 0), null)));
    }

    @Test
    void refusesALongCommentOrACprNumber() {
        Map<String, Integer> fine = Map.of("community", 4, "useful", 4);
        assertEquals(List.of("comment"), fields(() -> AnswerCheck.check(COURSE, fine, "x".repeat(1001))));
        assertEquals(List.of("comment"), fields(() -> AnswerCheck.check(COURSE, fine, "Mit nummer er 010190-1234")));
        assertEquals(1000, AnswerCheck.check(COURSE, fine, "x".repeat(1000)).comment().length());
    }

    @Test
    void reportsTheCallersOwnFieldsTogether() {
        List<FieldError> form = List.of(FieldError.of("form", "evaluation.paper.number", 9999));
        assertEquals(List.of("form", "scores.community"), fields(() -> AnswerCheck.check(COURSE, Map.of("useful", 2), null, form)));
    }
}
