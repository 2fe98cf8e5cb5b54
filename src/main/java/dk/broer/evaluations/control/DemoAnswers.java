package dk.broer.evaluations.control;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Invented answers for the demo: a given number of them, of which a given number agree with the
 * target item, the other items spread around, and a few comments without names.
 */
public final class DemoAnswers {

    private static final int[] AGREEING = {5, 4, 4, 5, 4};
    private static final int[] NOT_AGREEING = {3, 2, 3, 1, 2};

    private DemoAnswers() {
    }

    public static List<AnswerContent> of(Questionnaire q, int count, int agreeing, List<String> comments) {
        List<AnswerContent> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TreeMap<String, Integer> scores = new TreeMap<>();
            for (int item = 0; item < q.items().size(); item++) {
                EvaluationItem it = q.items().get(item);
                boolean agrees = it.target() != null ? i < agreeing : (i + item) % 4 != 3;
                int[] from = agrees ? AGREEING : NOT_AGREEING;
                scores.put(it.id(), from[(i + item) % from.length]);
            }
            answers.add(new AnswerContent(scores, i < comments.size() ? comments.get(i) : null));
        }
        return answers;
    }
}
