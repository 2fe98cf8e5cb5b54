package dk.broer.content.control;

import dk.broer.content.entity.Audience;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Guide;
import dk.broer.content.entity.Language;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.Questionnaire;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Track;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the content folder into a {@link Catalogue}, checking everything on the way and
 * collecting every problem with its file and line. Content with any problem yields no catalogue.
 */
public final class ContentLoader {

    private final Path root;
    private final Markdown markdown;
    private final ContentProblems problems = new ContentProblems();

    private ContentLoader(Path root, Markdown markdown) {
        this.root = root;
        this.markdown = markdown;
    }

    /** The catalogue in {@code root}, or {@link BrokenContentException} listing every problem. */
    public static Catalogue load(Path root, Markdown markdown) {
        ContentLoader loader = new ContentLoader(root, markdown);
        Optional<Catalogue> catalogue = loader.read();
        if (loader.problems.any() || catalogue.isEmpty()) {
            throw new BrokenContentException(loader.problems.all());
        }
        return catalogue.get();
    }

    private Optional<Catalogue> read() {
        if (!Files.isDirectory(root)) {
            problems.add(new SourceFile(root, root.toString()), 0, "content folder not found");
            return Optional.empty();
        }
        List<Language> languages = new ReferenceReader(root, problems).languages();
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = languages.stream().map(Language::code).toList();
        List<Audience> audiences = new ReferenceReader(root, problems).audiences(codes);
        Set<String> audienceIds = audiences.stream().map(Audience::id).collect(Collectors.toSet());

        Map<String, Map<String, ModuleReader.Read>> reads = readModules(codes, audienceIds);
        new LanguageAlignment(problems).check(reads, codes);
        reads.values().forEach(byLanguage -> byLanguage.values().forEach(read ->
                new MarkdownChecks(read.file(), read.bodyFirstLine(), problems)
                        .check(read.document(), reads.keySet(), read.file().path().getParent())));

        List<Track> tracks = new TrackReader(root, problems).tracks(codes, audienceIds, reads.keySet());
        checkEveryModuleInATrack(reads, tracks, codes.get(0));
        List<Guide> guides = new GuideReader(root, markdown, problems).guides(tracks, codes, reads.keySet());

        List<Module> modules = reads.entrySet().stream()
                .filter(e -> e.getValue().size() == codes.size())
                .map(e -> new Module(e.getKey(), root.resolve("modules").resolve(e.getKey()), texts(e.getValue())))
                .toList();
        List<Questionnaire> questionnaires = new QuestionnaireReader(root, problems).questionnaires(codes);
        return Optional.of(new Catalogue(languages, audiences, modules, tracks, guides, questionnaires));
    }

    private Map<String, Map<String, ModuleReader.Read>> readModules(List<String> languages, Set<String> audiences) {
        Map<String, Map<String, ModuleReader.Read>> modules = new LinkedHashMap<>();
        for (Path folder : folders(root.resolve("modules"))) {
            String id = folder.getFileName().toString();
            Map<String, ModuleReader.Read> byLanguage = new LinkedHashMap<>();
            for (Path path : files(folder, ".md")) {
                SourceFile file = SourceFile.of(root, path);
                String language = path.getFileName().toString().replaceFirst("\\.md$", "");
                if (!languages.contains(language)) {
                    problems.add(file, 1, "'" + language + "' is not a language in content/languages.yaml");
                    continue;
                }
                new ModuleReader(markdown, problems).read(file, text(path), id, language, audiences)
                        .ifPresent(read -> byLanguage.put(language, read));
            }
            for (String language : languages) {
                if (!Files.exists(folder.resolve(language + ".md"))) {
                    problems.add(SourceFile.of(root, folder.resolve(languages.get(0) + ".md")), 1,
                            "module '" + id + "' has no '" + language + "' version: add " + language + ".md");
                }
            }
            modules.put(id, byLanguage);
        }
        return modules;
    }

    private void checkEveryModuleInATrack(Map<String, Map<String, ModuleReader.Read>> modules, List<Track> tracks,
                                          String defaultLanguage) {
        modules.forEach((id, byLanguage) -> {
            if (tracks.stream().noneMatch(t -> t.includes(id)) && byLanguage.containsKey(defaultLanguage)) {
                problems.add(byLanguage.get(defaultLanguage).file(), 1, "module '" + id + "' is in no track: "
                        + "name it among a track's modules, as its followUp or as its renewal refresher");
            }
        });
    }

    private static Map<String, ModuleText> texts(Map<String, ModuleReader.Read> reads) {
        Map<String, ModuleText> texts = new LinkedHashMap<>();
        reads.forEach((language, read) -> texts.put(language, read.text()));
        return texts;
    }

    static List<Path> folders(Path parent) {
        return list(parent).stream().filter(Files::isDirectory).toList();
    }

    static List<Path> files(Path parent, String suffix) {
        return list(parent).stream().filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)).toList();
    }

    private static List<Path> list(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML mapping fields of a whole file, or empty after reporting why not. */
    static Optional<Map<String, Node>> yamlFile(YamlFields yaml, Path path, String what) {
        return yaml.parse(text(path)).flatMap(node -> yaml.mapping(node, what));
    }
}
