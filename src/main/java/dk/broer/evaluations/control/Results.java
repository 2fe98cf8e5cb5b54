package dk.broer.evaluations.control;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.entity.Answer;
import dk.broer.evaluations.entity.Occasion;

import java.util.List;
import java.util.Optional;

/**
 * The results of one closed occasion: per item, how many agreed (a score of the questionnaire's
 * agreeFrom or more) and the share; the comments. Under the suppression threshold nothing but
 * "fewer than N" is given: not the count, not a share, not a comment.
 */
public record Results(Occasion occasion, Questionnaire questionnaire, Optional<Integer> answers, int threshold,
                      List<ItemResult> items, Optional<List<String>> comments) {

    /** {@code agree} and {@code share} (whole per cent) are empty for a suppressed occasion. */
    public record ItemResult(EvaluationItem item, Optional<Integer> agree, Optional<Integer> share) {
    }

    public static Results of(Occasion occasion, Questionnaire questionnaire, List<Answer> answers, int threshold) {
        if (answers.size() < threshold) {
            return new Results(occasion, questionnaire, Optional.empty(), threshold,
                    questionnaire.items().stream().map(i -> new ItemResult(i, Optional.empty(), Optional.empty())).toList(),
                    Optional.empty());
        }
        List<ItemResult> items = questionnaire.items().stream().map(item -> {
            List<Integer> scores = answers.stream().flatMap(a -> a.score(item.id()).stream()).toList();
            int agree = (int) scores.stream().filter(questionnaire::agrees).count();
            return new ItemResult(item, Optional.of(agree), scores.isEmpty() ? Optional.empty()
                    : Optional.of((int) Math.round(100.0 * agree / scores.size())));
        }).toList();
        // Sorted, so that the comments' order follows nothing but their text.
        List<String> comments = answers.stream().flatMap(a -> a.comment().stream()).sorted().toList();
        return new Results(occasion, questionnaire, Optional.of(answers.size()), threshold, items, Optional.of(comments));
    }
}
