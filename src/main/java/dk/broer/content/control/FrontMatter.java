package dk.broer.content.control;

import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Splits a Markdown file into its YAML front matter and its body, keeping track of lines. */
record FrontMatter(String yaml, int yamlFirstLine, List<String> body, int bodyFirstLine) {

    /** The front matter's fields, any field not in {@code known} reported; empty when it isn't a mapping. */
    Optional<Map<String, Node>> fields(YamlFields reader, Set<String> known) {
        Optional<Map<String, Node>> fields = reader.parse(yaml).flatMap(n -> reader.mapping(n, "front matter"));
        fields.ifPresent(f -> reader.rejectUnknown(f, known, yamlFirstLine));
        return fields;
    }

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
