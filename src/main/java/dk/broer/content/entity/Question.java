package dk.broer.content.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A knowledge-check question. The id is stable across languages and versions, so answers can be
 * matched between the Danish and English text and statistics kept over time.
 */
public record Question(String id, String prompt, List<Option> options, String explanation, int line) {

    public Question {
        options = List.copyOf(options);
    }

    /** Several correct options mean the learner must tick all of them. */
    public boolean multiple() {
        return correctOptions().size() > 1;
    }

    public Set<Integer> correctOptions() {
        return options.stream().filter(Option::correct).map(Option::index).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasOption(int index) {
        return index >= 0 && index < options.size();
    }

    /** Right only when exactly the correct options are chosen: partly right is not right. */
    public boolean isAnsweredBy(Set<Integer> selected) {
        return correctOptions().equals(selected);
    }
}
