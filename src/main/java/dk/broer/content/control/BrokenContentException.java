package dk.broer.content.control;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start when content has problems: Broer refuses to serve half-valid content. */
public class BrokenContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public BrokenContentException(List<ContentProblem> problems) {
        super("Broken content, " + problems.size() + " problem(s):\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
