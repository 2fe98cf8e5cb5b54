package dk.broer.content.control;

import com.vladsch.flexmark.util.ast.Document;
import dk.broer.content.entity.ModuleText;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one language file of a module: front matter, body, knowledge check; checks what it can alone. */
final class ModuleReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "audience", "minutes", "version", "language");

    private final Markdown markdown;
    private final ContentProblems problems;

    ModuleReader(Markdown markdown, ContentProblems problems) {
        this.markdown = markdown;
        this.problems = problems;
    }

    /** A module text with what the cross-file checks need: its parsed body and where it starts. */
    record Read(SourceFile file, ModuleText text, Document document, int bodyFirstLine) {
    }

    Optional<Read> read(SourceFile file, String content, String folderId, String fileLanguage, Set<String> audiences) {
        return FrontMatter.split(file, content, problems).flatMap(front -> {
            YamlFields yaml = new YamlFields(file, front.yamlFirstLine(), problems);
            Optional<Map<String, Node>> fields = front.fields(yaml, FIELDS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Node> f = fields.get();
            int at = front.yamlFirstLine();
            Optional<String> id = yaml.text(f, "id", at);
            id.filter(v -> !v.equals(folderId)).ifPresent(v ->
                    problems.add(file, yaml.line(f.get("id")), "id '" + v + "' must match the folder name '" + folderId + "'"));
            Optional<String> language = yaml.text(f, "language", at);
            language.filter(v -> !v.equals(fileLanguage)).ifPresent(v ->
                    problems.add(file, yaml.line(f.get("language")), "language '" + v + "' must match the file name '" + fileLanguage + ".md'"));
            Optional<String> title = yaml.text(f, "title", at);
            Optional<String> summary = yaml.text(f, "summary", at);
            Optional<Integer> minutes = yaml.number(f, "minutes", at, 5, 60);
            Optional<Integer> version = yaml.number(f, "version", at, 1, 100_000);
            Optional<List<YamlFields.Located>> audience = yaml.list(f, "audience", at);
            audience.ifPresent(list -> list.stream().filter(a -> !audiences.contains(a.value())).forEach(a ->
                    problems.add(file, a.line(), "unknown audience '" + a.value() + "'; see content/audiences.yaml")));

            QuestionBlocks.Extracted body = new QuestionBlocks(file, problems).extract(front.body(), front.bodyFirstLine());
            Document document = markdown.parse(body.body());
            if (title.isEmpty() || summary.isEmpty() || minutes.isEmpty() || version.isEmpty() || audience.isEmpty()) {
                return Optional.empty();
            }
            ModuleText text = new ModuleText(folderId, fileLanguage, title.get(), summary.get(),
                    audience.get().stream().map(YamlFields.Located::value).toList(), minutes.get(), version.get(),
                    body.body(), body.questions());
            return Optional.of(new Read(file, text, document, front.bodyFirstLine()));
        });
    }
}
