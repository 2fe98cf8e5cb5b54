package dk.broer.content.control;

import dk.broer.content.entity.Audience;
import dk.broer.content.entity.Language;
import dk.broer.content.entity.LocalizedText;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads content/languages.yaml and content/audiences.yaml: lists the rest of the content refers to. */
final class ReferenceReader {

    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final Path root;
    private final ContentProblems problems;

    ReferenceReader(Path root, ContentProblems problems) {
        this.root = root;
        this.problems = problems;
    }

    List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        for (Entry entry : entries("languages.yaml")) {
            Optional<String> code = entry.yaml.text(entry.fields, "code", entry.line);
            Optional<String> name = entry.yaml.text(entry.fields, "name", entry.line);
            Optional<String> direction = entry.yaml.text(entry.fields, "direction", entry.line);
            direction.filter(d -> !d.equals("ltr") && !d.equals("rtl")).ifPresent(d ->
                    problems.add(entry.file, entry.line, "direction must be 'ltr' or 'rtl', not '" + d + "'"));
            if (code.isPresent() && name.isPresent() && direction.isPresent()) {
                languages.add(new Language(code.get(), name.get(), direction.get()));
            }
        }
        return languages;
    }

    List<Audience> audiences(List<String> languages) {
        List<Audience> audiences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries("audiences.yaml")) {
            Optional<String> id = entry.yaml.text(entry.fields, "id", entry.line);
            id.filter(v -> !ID.matcher(v).matches() || !seen.add(v)).ifPresent(v ->
                    problems.add(entry.file, entry.line, "audience id '" + v + "' must be unique, lower-case letters, digits and hyphens"));
            Optional<Map<String, String>> title = entry.yaml.localized(entry.fields, "title", entry.line, languages);
            if (id.isPresent() && title.isPresent()) {
                audiences.add(new Audience(id.get(), new LocalizedText(title.get())));
            }
        }
        return audiences;
    }

    private record Entry(SourceFile file, YamlFields yaml, Map<String, Node> fields, int line) {
    }

    /** The entries of a file that is a YAML list of mappings. */
    private List<Entry> entries(String name) {
        Path path = root.resolve(name);
        SourceFile file = SourceFile.of(root, path);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "file missing");
            return List.of();
        }
        YamlFields yaml = new YamlFields(file, 1, problems);
        Optional<Node> node = yaml.parse(ContentLoader.text(path));
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.add(file, yaml.line(node.get()), "must be a non-empty list ('- ...' entries)");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            yaml.mapping(item, "each entry").ifPresent(fields -> entries.add(new Entry(file, yaml, fields, yaml.line(item))));
        }
        return entries;
    }
}
