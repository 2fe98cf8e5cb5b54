package dk.broer.content.control;

import java.util.List;
import java.util.Optional;

/** Splits a Markdown file into its YAML front matter and its body, keeping track of lines. */
record FrontMatter(String yaml, int yamlFirstLine, List<String> body, int bodyFirstLine) {

    static Optional<FrontMatter> split(SourceFile file, String text, ContentProblems problems) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(file, 1, "front matter missing: the file must start with a line '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return Optional.of(new FrontMatter(String.join("\n", lines.subList(1, i)), 2,
                        lines.subList(i + 1, lines.size()), i + 2));
            }
        }
        problems.add(file, 1, "front matter is not closed: add a line '---' after it");
        return Optional.empty();
    }
}
