package dk.broer.content.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found, so authors see all of them at once rather than one per build. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void add(SourceFile file, int line, String message) {
        problems.add(new ContentProblem(file.name(), line, message));
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public List<ContentProblem> all() {
        List<ContentProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return sorted;
    }
}
