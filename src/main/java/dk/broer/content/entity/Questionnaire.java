package dk.broer.content.entity;

import java.util.List;
import java.util.Optional;

/**
 * An evaluation as content authors write it: the occasions it is asked on, its statements on a
 * five-step agreement scale, the words of that scale and an optional comment.
 */
public record Questionnaire(String id, List<String> occasions, LocalizedText title, LocalizedText intro, int agreeFrom,
                            List<EvaluationItem> items, List<LocalizedText> scale, LocalizedText comment) {

    /** The occasions an evaluation can be asked on; each has exactly one questionnaire. */
    public static final List<String> OCCASIONS = List.of("track", "meeting", "activity", "consultancy");
    public static final int SCALE_STEPS = 5;
    public static final int COMMENT_MAX = 1000;

    public Questionnaire {
        occasions = List.copyOf(occasions);
        items = List.copyOf(items);
        scale = List.copyOf(scale);
    }

    public Optional<EvaluationItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public boolean agrees(int score) {
        return score >= agreeFrom;
    }
}
