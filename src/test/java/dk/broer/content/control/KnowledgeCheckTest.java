package dk.broer.content.control;

import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Option;
import dk.broer.content.entity.Question;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeCheckTest {

    private static final Question SINGLE = new Question("single", "Which?", List.of(
            new Option(0, "a", false, ""), new Option(1, "b", true, "")), "Because.", 1);
    private static final Question MULTIPLE = new Question("multiple", "Which ones?", List.of(
            new Option(0, "a", true, ""), new Option(1, "b", false, ""), new Option(2, "c", true, "")), "Both.", 9);
    private static final ModuleText MODULE = new ModuleText("m", "en", "M", "S", List.of("bus-driver"), 15, 1, "",
            List.of(SINGLE, MULTIPLE));

    @Test
    void rightWhenExactlyTheCorrectOptionsAreChosen() {
        List<KnowledgeCheck.Marked> marked = KnowledgeCheck.mark(MODULE, Map.of("single", Set.of(1), "multiple", Set.of(0, 2)));
        assertTrue(marked.get(0).correct());
        assertTrue(marked.get(1).correct());
    }

    @Test
    void partlyRightIsWrong() {
        List<KnowledgeCheck.Marked> marked = KnowledgeCheck.mark(MODULE, Map.of("single", Set.of(0), "multiple", Set.of(0)));
        assertFalse(marked.get(0).correct());
        assertFalse(marked.get(1).correct());
    }

    @Test
    void everyUnansweredQuestionIsNamed() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> KnowledgeCheck.mark(MODULE, Map.of("single", Set.of(1))));
        assertEquals(400, problem.status());
        assertEquals(List.of(FieldError.of("answers.multiple", "answers.missing")), problem.fieldErrors());
    }

    @Test
    void unknownQuestionsAndOptionsAreRefused() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> KnowledgeCheck.mark(MODULE,
                Map.of("single", Set.of(7), "multiple", Set.of(0), "other", Set.of(0))));
        List<String> fields = problem.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("answers.single", "answers.other")), fields.toString());
    }

    @Test
    void aSingleChoiceQuestionTakesOneAnswer() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> KnowledgeCheck.mark(MODULE,
                Map.of("single", Set.of(0, 1), "multiple", Set.of(0))));
        assertEquals("answers.onlyOne", problem.fieldErrors().get(0).key());
    }
}
