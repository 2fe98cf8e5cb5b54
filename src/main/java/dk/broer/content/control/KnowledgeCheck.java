package dk.broer.content.control;

import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Marks a learner's answers to a module's knowledge check, on the server, after checking them. */
public final class KnowledgeCheck {

    private KnowledgeCheck() {
    }

    /** A question, the options chosen, and whether that was right. */
    public record Marked(Question question, Set<Integer> selected, boolean correct) {
    }

    /** Every question must be answered with options it has; else every problem is reported, per field. */
    public static List<Marked> mark(ModuleText module, Map<String, Set<Integer>> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.keySet().stream().filter(id -> module.question(id).isEmpty()).forEach(id ->
                errors.add(FieldError.of("answers." + id, "answers.unknownQuestion", id)));
        List<Marked> marked = new ArrayList<>();
        for (Question question : module.questions()) {
            String field = "answers." + question.id();
            Set<Integer> selected = answers.get(question.id());
            if (selected == null || selected.isEmpty()) {
                errors.add(FieldError.of(field, "answers.missing"));
            } else if (selected.stream().anyMatch(i -> !question.hasOption(i))) {
                errors.add(FieldError.of(field, "answers.unknownOption", question.id(),
                        selected.stream().filter(i -> !question.hasOption(i)).findFirst().orElseThrow()));
            } else if (!question.multiple() && selected.size() > 1) {
                errors.add(FieldError.of(field, "answers.onlyOne"));
            } else {
                marked.add(new Marked(question, Set.copyOf(selected), question.isAnsweredBy(selected)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return marked;
    }
}
