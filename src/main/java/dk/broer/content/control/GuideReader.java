package dk.broer.content.control;

import com.vladsch.flexmark.util.ast.Document;
import dk.broer.content.entity.Guide;
import dk.broer.content.entity.Track;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the facilitator guides in content/guides/<track>/<language>.md for tracks that promise one. */
final class GuideReader {

    private final Path root;
    private final Markdown markdown;
    private final ContentProblems problems;

    GuideReader(Path root, Markdown markdown, ContentProblems problems) {
        this.root = root;
        this.markdown = markdown;
        this.problems = problems;
    }

    List<Guide> guides(List<Track> tracks, List<String> languages, Set<String> modules) {
        List<Guide> guides = new ArrayList<>();
        Path folder = root.resolve("guides");
        for (Path trackFolder : ContentLoader.folders(folder)) {
            String trackId = trackFolder.getFileName().toString();
            if (tracks.stream().noneMatch(t -> t.id().equals(trackId) && t.hasGuide())) {
                problems.add(SourceFile.of(root, trackFolder), 0, "guide for '" + trackId + "', which is no track with 'guide: true'");
            }
        }
        for (Track track : tracks.stream().filter(Track::hasGuide).toList()) {
            for (String language : languages) {
                Path path = folder.resolve(track.id()).resolve(language + ".md");
                SourceFile file = SourceFile.of(root, path);
                if (!Files.isRegularFile(path)) {
                    problems.add(SourceFile.of(root, root.resolve("tracks").resolve(track.id() + ".yaml")), 1,
                            "track promises a guide, but " + file.name() + " is missing");
                    continue;
                }
                guide(file, track.id(), language, modules).ifPresent(guides::add);
            }
        }
        return guides;
    }

    private Optional<Guide> guide(SourceFile file, String trackId, String language, Set<String> modules) {
        return FrontMatter.split(file, ContentLoader.text(file.path()), problems).flatMap(front -> {
            YamlFields yaml = new YamlFields(file, front.yamlFirstLine(), problems);
            Optional<Map<String, Node>> fields = front.fields(yaml, Set.of("track", "title", "language"));
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Node> f = fields.get();
            int at = front.yamlFirstLine();
            yaml.text(f, "track", at).filter(t -> !t.equals(trackId)).ifPresent(t ->
                    problems.add(file, yaml.line(f.get("track")), "track '" + t + "' must match the folder name '" + trackId + "'"));
            yaml.text(f, "language", at).filter(l -> !l.equals(language)).ifPresent(l ->
                    problems.add(file, yaml.line(f.get("language")), "language '" + l + "' must match the file name"));
            Optional<String> title = yaml.text(f, "title", at);
            String body = String.join("\n", front.body());
            QuestionBlocks.Extracted extracted = new QuestionBlocks(file, new ContentProblems()).extract(front.body(), front.bodyFirstLine());
            if (!extracted.questions().isEmpty()) {
                problems.add(file, extracted.questions().get(0).line(), "knowledge checks belong in modules, not in guides");
            }
            Document document = markdown.parse(body);
            new MarkdownChecks(file, front.bodyFirstLine(), problems).check(document, modules, null);
            return title.map(t -> new Guide(trackId, language, t, body));
        });
    }
}
