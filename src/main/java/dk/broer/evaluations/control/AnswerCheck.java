package dk.broer.evaluations.control;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import dk.broer.people.control.Cpr;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An answer as the form sends it, checked against its questionnaire item by item: every item
 * scored 1–5, nothing else scored, a comment of at most 1,000 characters without a CPR number.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** @throws ApiProblem 400 naming each field that is wrong; nothing is kept then */
    public static AnswerContent check(Questionnaire questionnaire, Map<String, Integer> scores, String comment) {
        return check(questionnaire, scores, comment, List.of());
    }

    /** The same, reported together with errors the caller found in its own fields (a paper form's number). */
    public static AnswerContent check(Questionnaire questionnaire, Map<String, Integer> scores, String comment,
                                      List<FieldError> found) {
        Map<String, Integer> given = scores == null ? Map.of() : scores;
        List<FieldError> errors = new ArrayList<>(found);
        TreeMap<String, Integer> kept = new TreeMap<>();
        for (EvaluationItem item : questionnaire.items()) {
            Integer score = given.get(item.id());
            if (score == null) {
                errors.add(FieldError.of("scores." + item.id(), "evaluation.score.missing"));
            } else if (score < 1 || score > Questionnaire.SCALE_STEPS) {
                errors.add(FieldError.of("scores." + item.id(), "evaluation.score.range", Questionnaire.SCALE_STEPS));
            } else {
                kept.put(item.id(), score);
            }
        }
        given.keySet().stream().filter(id -> questionnaire.item(id).isEmpty()).sorted().forEach(id ->
                errors.add(FieldError.of("scores." + id, "evaluation.score.unknown")));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > Questionnaire.COMMENT_MAX) {
            errors.add(FieldError.of("comment", "evaluation.comment.tooLong", Questionnaire.COMMENT_MAX));
        } else if (text != null && Cpr.appearsIn(text)) {
            errors.add(FieldError.of("comment", "evaluation.comment.cpr"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new AnswerContent(kept, text);
    }
}
