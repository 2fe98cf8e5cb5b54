package dk.broer.content.control;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML as nodes rather than objects, because nodes know their line: every problem
 * is reported where the author wrote it. Missing or mistyped fields are reported, never guessed.
 */
final class YamlFields {

    private final SourceFile file;
    private final int firstLine;
    private final ContentProblems problems;

    /** @param firstLine the file line (1-based) the YAML text starts on */
    YamlFields(SourceFile file, int firstLine, ContentProblems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    Optional<Node> parse(String yaml) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (node == null) {
                problems.add(file, firstLine, "is empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            problems.add(file, firstLine + line, "YAML error: " + e.getProblem());
            return Optional.empty();
        }
    }

    int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    Optional<Map<String, Node>> mapping(Node node, String what) {
        if (!(node instanceof MappingNode map)) {
            problems.add(file, line(node), what + " must be a set of 'key: value' lines");
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return Optional.of(fields);
    }

    void rejectUnknown(Map<String, Node> fields, Set<String> known, int line) {
        fields.keySet().stream().filter(k -> !known.contains(k)).forEach(k ->
                problems.add(file, line(fields.get(k)), "unknown field '" + k + "'; expected one of " + known));
    }

    Optional<String> text(Map<String, Node> fields, String key, int ownerLine) {
        return required(fields, key, ownerLine).flatMap(node -> {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(file, line(node), "field '" + key + "' must be a text");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().trim());
        });
    }

    private Optional<Node> required(Map<String, Node> fields, String key, int ownerLine) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(file, ownerLine, "missing field '" + key + "'");
        }
        return Optional.ofNullable(node);
    }

    /** A required nested block of 'key: value' lines, e.g. a track's 'completion'. */
    Optional<Map<String, Node>> mapping(Map<String, Node> fields, String key, int ownerLine) {
        return required(fields, key, ownerLine).flatMap(node -> mapping(node, "'" + key + "'"));
    }

    /** A non-empty list, or empty after reporting why not. */
    private Optional<List<Node>> sequence(Map<String, Node> fields, String key, int ownerLine) {
        return required(fields, key, ownerLine).flatMap(node -> {
            if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                problems.add(file, line(node), "field '" + key + "' must be a non-empty list");
                return Optional.empty();
            }
            return Optional.of(sequence.getValue());
        });
    }

    Optional<Integer> number(Map<String, Node> fields, String key, int ownerLine, int min, int max) {
        return text(fields, key, ownerLine).flatMap(value -> {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // reported below, with the range the author needs
            }
            problems.add(file, line(fields.get(key)),
                    "field '" + key + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
            return Optional.empty();
        });
    }

    Optional<Boolean> flag(Map<String, Node> fields, String key, int ownerLine) {
        return text(fields, key, ownerLine).flatMap(value -> {
            if (value.equals("true") || value.equals("false")) {
                return Optional.of(Boolean.valueOf(value));
            }
            problems.add(file, line(fields.get(key)), "field '" + key + "' must be true or false, not '" + value + "'");
            return Optional.empty();
        });
    }

    /** A list of texts; each entry comes with its line so unknown ids can be pointed at. */
    Optional<List<Located>> list(Map<String, Node> fields, String key, int ownerLine) {
        return sequence(fields, key, ownerLine).map(nodes -> {
            List<Located> items = new ArrayList<>();
            for (Node item : nodes) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    items.add(new Located(scalar.getValue().trim(), line(item)));
                } else {
                    problems.add(file, line(item), "each entry of '" + key + "' must be a text");
                }
            }
            return items;
        });
    }

    List<Node> nodes(Map<String, Node> fields, String key, int ownerLine) {
        return sequence(fields, key, ownerLine).orElse(List.of());
    }

    /** A text per language, e.g. "title: {da: ..., en: ...}"; every language must be there. */
    Optional<Map<String, String>> localized(Map<String, Node> fields, String key, int ownerLine,
                                            List<String> languages) {
        return required(fields, key, ownerLine).flatMap(node -> localized(node, key, languages));
    }

    private Optional<Map<String, String>> localized(Node node, String key, List<String> languages) {
        return mapping(node, "'" + key + "'").flatMap(byLanguage -> {
            Map<String, String> texts = new LinkedHashMap<>();
            byLanguage.keySet().stream().filter(l -> !languages.contains(l)).forEach(l ->
                    problems.add(file, line(byLanguage.get(l)), "'" + key + "' has unknown language '" + l + "'"));
            for (String language : languages) {
                Node value = byLanguage.get(language);
                if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    texts.put(language, scalar.getValue().trim());
                } else {
                    problems.add(file, line(node), "'" + key + "' has no text in '" + language + "'");
                }
            }
            return texts.size() == languages.size() ? Optional.of(texts) : Optional.empty();
        });
    }

    /** A value with the line it was written on. */
    record Located(String value, int line) {
    }
}
