package dk.broer.content.control;

import dk.broer.content.entity.Certification;
import dk.broer.content.entity.CompletionRule;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;
import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads content/tracks/*.yaml: modules in order, completion rules and, for certification tracks, practice. */
final class TrackReader {

    private static final Set<String> FIELDS = Set.of("id", "audience", "title", "summary", "modules", "followUp", "completion", "guide",
            "certification");

    private final Path root;
    private final ContentProblems problems;

    TrackReader(Path root, ContentProblems problems) {
        this.root = root;
        this.problems = problems;
    }

    List<Track> tracks(List<String> languages, Set<String> audiences, Set<String> modules) {
        List<Track> tracks = new ArrayList<>();
        for (Path path : ContentLoader.files(root.resolve("tracks"), ".yaml")) {
            SourceFile file = SourceFile.of(root, path);
            YamlFields yaml = new YamlFields(file, 1, problems);
            ContentLoader.yamlFile(yaml, path, "a track").flatMap(fields ->
                    track(file, yaml, fields, path.getFileName().toString().replaceFirst("\\.yaml$", ""),
                            languages, audiences, modules)).ifPresent(tracks::add);
        }
        return tracks;
    }

    private Optional<Track> track(SourceFile file, YamlFields yaml, Map<String, Node> f, String fileId,
                                  List<String> languages, Set<String> audiences, Set<String> modules) {
        yaml.rejectUnknown(f, FIELDS, 1);
        Optional<String> id = yaml.text(f, "id", 1);
        id.filter(v -> !v.equals(fileId)).ifPresent(v ->
                problems.add(file, yaml.line(f.get("id")), "id '" + v + "' must match the file name '" + fileId + ".yaml'"));
        Optional<String> audience = yaml.text(f, "audience", 1);
        audience.filter(a -> !audiences.contains(a)).ifPresent(a ->
                problems.add(file, yaml.line(f.get("audience")), "unknown audience '" + a + "'; see content/audiences.yaml"));
        Optional<Map<String, String>> title = yaml.localized(f, "title", 1, languages);
        Optional<Map<String, String>> summary = yaml.localized(f, "summary", 1, languages);
        Optional<List<YamlFields.Located>> moduleIds = yaml.list(f, "modules", 1);
        moduleIds.ifPresent(list -> checkModules(file, list, modules));
        Optional<String> followUp = f.containsKey("followUp") ? yaml.text(f, "followUp", 1) : Optional.empty();
        followUp.ifPresent(m -> {
            int line = yaml.line(f.get("followUp"));
            if (!modules.contains(m)) {
                problems.add(file, line, "followUp names missing module '" + m + "'");
            } else if (moduleIds.isPresent() && moduleIds.get().stream().anyMatch(l -> l.value().equals(m))) {
                problems.add(file, line, "module '" + m + "' is the follow-up and can't also be among the modules: "
                        + "it opens only after the track is completed");
            }
        });
        Optional<CompletionRule> completion = completion(file, yaml, f);
        Optional<Boolean> guide = yaml.flag(f, "guide", 1);
        Optional<Certification> certification = f.containsKey("certification")
                ? certification(file, yaml, f.get("certification"), languages) : Optional.empty();
        if (id.isEmpty() || audience.isEmpty() || title.isEmpty() || summary.isEmpty() || moduleIds.isEmpty()
                || completion.isEmpty() || guide.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Track(id.get(), audience.get(), new LocalizedText(title.get()),
                new LocalizedText(summary.get()), moduleIds.get().stream().map(YamlFields.Located::value).toList(),
                followUp.orElse(null), completion.get(), guide.get(), certification.orElse(null)));
    }

    private void checkModules(SourceFile file, List<YamlFields.Located> list, Set<String> modules) {
        Set<String> seen = new HashSet<>();
        for (YamlFields.Located module : list) {
            if (!modules.contains(module.value())) {
                problems.add(file, module.line(), "track names missing module '" + module.value() + "'");
            } else if (!seen.add(module.value())) {
                problems.add(file, module.line(), "module '" + module.value() + "' is listed twice");
            }
        }
    }

    private Optional<CompletionRule> completion(SourceFile file, YamlFields yaml, Map<String, Node> f) {
        if (!f.containsKey("completion")) {
            problems.add(file, 1, "missing field 'completion'");
            return Optional.empty();
        }
        return yaml.mapping(f.get("completion"), "'completion'").flatMap(c -> {
            int at = yaml.line(f.get("completion"));
            yaml.rejectUnknown(c, Set.of("passMark", "workshop"), at);
            Optional<Integer> passMark = yaml.number(c, "passMark", at, 1, 100);
            Optional<Workshop> workshop = yaml.text(c, "workshop", at).flatMap(w -> {
                Optional<Workshop> known = Arrays.stream(Workshop.values()).filter(k -> k.code().equals(w)).findFirst();
                if (known.isEmpty()) {
                    problems.add(file, yaml.line(c.get("workshop")), "workshop must be required, optional or none, not '" + w + "'");
                }
                return known;
            });
            return passMark.isPresent() && workshop.isPresent()
                    ? Optional.of(new CompletionRule(passMark.get(), workshop.get())) : Optional.empty();
        });
    }

    private Optional<Certification> certification(SourceFile file, YamlFields yaml, Node node, List<String> languages) {
        return yaml.mapping(node, "'certification'").flatMap(c -> {
            int at = yaml.line(node);
            yaml.rejectUnknown(c, Set.of("validityMonths", "renewal", "practice"), at);
            Optional<Integer> validity = yaml.number(c, "validityMonths", at, 1, 120);
            Optional<Map<String, String>> renewal = yaml.localized(c, "renewal", at, languages);
            List<PracticeRequirement> practice = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Node item : yaml.nodes(c, "practice", at)) {
                yaml.mapping(item, "each practice requirement")
                        .flatMap(p -> requirement(file, yaml, p, yaml.line(item), languages, ids))
                        .ifPresent(practice::add);
            }
            return validity.isPresent() && renewal.isPresent() && !practice.isEmpty()
                    ? Optional.of(new Certification(validity.get(), new LocalizedText(renewal.get()), practice))
                    : Optional.empty();
        });
    }

    private Optional<PracticeRequirement> requirement(SourceFile file, YamlFields yaml, Map<String, Node> p, int at,
                                                      List<String> languages, Set<String> ids) {
        yaml.rejectUnknown(p, Set.of("id", "kind", "count", "title", "description"), at);
        Optional<String> id = yaml.text(p, "id", at);
        id.filter(v -> !ReferenceReader.ID.matcher(v).matches() || !ids.add(v)).ifPresent(v ->
                problems.add(file, at, "practice id '" + v + "' must be unique, lower-case letters, digits and hyphens"));
        Optional<PracticeKind> kind = yaml.text(p, "kind", at).flatMap(k -> {
            Optional<PracticeKind> known = PracticeKind.of(k);
            if (known.isEmpty()) {
                problems.add(file, yaml.line(p.get("kind")), "unknown practice kind '" + k + "'; use one of "
                        + Arrays.stream(PracticeKind.values()).map(PracticeKind::code).toList());
            }
            return known;
        });
        Optional<Integer> count = yaml.number(p, "count", at, 1, 100);
        Optional<Map<String, String>> title = yaml.localized(p, "title", at, languages);
        Optional<Map<String, String>> description = yaml.localized(p, "description", at, languages);
        if (id.isEmpty() || kind.isEmpty() || count.isEmpty() || title.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PracticeRequirement(id.get(), kind.get(), count.get(),
                new LocalizedText(title.get()), new LocalizedText(description.get())));
    }
}
