package dk.broer.content.control;

import dk.broer.content.entity.Certification;
import dk.broer.content.entity.CompletionRule;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Rubric;
import dk.broer.content.entity.RubricCriterion;
import dk.broer.content.entity.RubricLevel;
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

/**
 * Reads content/tracks/*.yaml: modules in order, completion rules and, for certification tracks, practice
 * (with the observed facilitation's rubric) and the renewal rules.
 */
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
        Set<String> taken = new HashSet<>();
        moduleIds.ifPresent(list -> list.forEach(m -> taken.add(m.value())));
        followUp.ifPresent(taken::add);
        Optional<Certification> certification = f.containsKey("certification")
                ? certification(file, yaml, f.get("certification"), languages, modules, taken) : Optional.empty();
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

    /** @param taken the track's modules and follow-up, which the renewal refresher can't be */
    private Optional<Certification> certification(SourceFile file, YamlFields yaml, Node node, List<String> languages,
                                                  Set<String> modules, Set<String> taken) {
        return yaml.mapping(node, "'certification'").flatMap(c -> {
            int at = yaml.line(node);
            yaml.rejectUnknown(c, Set.of("validityMonths", "renewal", "practice"), at);
            Optional<Integer> validity = yaml.number(c, "validityMonths", at, 1, 120);
            Optional<Renewal> renewal = yaml.mapping(c, "renewal", at).flatMap(r ->
                    renewal(file, yaml, r, yaml.line(c.get("renewal")), validity, languages, modules, taken));
            List<PracticeRequirement> practice = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Node item : yaml.nodes(c, "practice", at)) {
                yaml.mapping(item, "each practice requirement")
                        .flatMap(p -> requirement(file, yaml, p, yaml.line(item), languages, ids))
                        .ifPresent(practice::add);
            }
            return validity.isPresent() && renewal.isPresent() && !practice.isEmpty()
                    ? Optional.of(new Certification(validity.get(), renewal.get(), practice))
                    : Optional.empty();
        });
    }

    private static final Set<String> RENEWAL_FIELDS = Set.of("windowDays", "refresher", "localActivities", "perMonths",
            "text");

    private Optional<Renewal> renewal(SourceFile file, YamlFields yaml, Map<String, Node> r, int at,
                                      Optional<Integer> validity, List<String> languages, Set<String> modules,
                                      Set<String> taken) {
        if (languages.stream().anyMatch(r::containsKey)) {
            // The renewal used to be prose per language; say where the prose goes now, not just that it's unknown.
            problems.add(file, at, "'renewal' is rules plus a 'text': put the texts per language under 'text:', "
                    + "next to windowDays, refresher, localActivities and perMonths");
        }
        yaml.rejectUnknown(r, RENEWAL_FIELDS, at);
        Optional<Integer> windowDays = yaml.number(r, "windowDays", at, 1, 365);
        Optional<String> refresher = yaml.text(r, "refresher", at).filter(m -> {
            int line = yaml.line(r.get("refresher"));
            if (!modules.contains(m)) {
                problems.add(file, line, "renewal refresher names missing module '" + m + "'");
                return false;
            }
            if (taken.contains(m)) {
                problems.add(file, line, "module '" + m + "' is the renewal refresher and can't also be among the modules "
                        + "or the follow-up: it is taken after certification, to renew it");
                return false;
            }
            return true;
        });
        Optional<Integer> localActivities = yaml.number(r, "localActivities", at, 1, 100);
        Optional<Integer> perMonths = yaml.number(r, "perMonths", at, 1, 120).filter(months -> {
            // A period that doesn't fit the validity a whole number of times would leave a remainder no rule covers.
            boolean whole = validity.map(v -> months <= v && v % months == 0).orElse(true);
            if (!whole) {
                problems.add(file, yaml.line(r.get("perMonths")), "'perMonths' must divide validityMonths ("
                        + validity.get() + ") into whole periods, not " + months);
            }
            return whole;
        });
        Optional<Map<String, String>> text = yaml.localized(r, "text", at, languages);
        if (windowDays.isEmpty() || refresher.isEmpty() || localActivities.isEmpty() || perMonths.isEmpty()
                || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Renewal(windowDays.get(), refresher.get(), localActivities.get(), perMonths.get(),
                new LocalizedText(text.get())));
    }

    private Optional<PracticeRequirement> requirement(SourceFile file, YamlFields yaml, Map<String, Node> p, int at,
                                                      List<String> languages, Set<String> ids) {
        yaml.rejectUnknown(p, Set.of("id", "kind", "count", "title", "description", "rubric"), at);
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
        boolean observed = kind.filter(k -> k == PracticeKind.OBSERVED_FACILITATION).isPresent();
        Optional<Rubric> rubric = Optional.empty();
        if (p.containsKey("rubric") && kind.isPresent() && !observed) {
            problems.add(file, yaml.line(p.get("rubric")), "only an observed-facilitation requirement has a rubric, not "
                    + kind.get().code());
        } else if (p.containsKey("rubric")) {
            rubric = yaml.mapping(p.get("rubric"), "'rubric'").flatMap(r ->
                    rubric(file, yaml, r, yaml.line(p.get("rubric")), languages));
        } else if (observed) {
            problems.add(file, at, "practice requirement '" + id.orElse("?") + "' is an observed facilitation and needs a "
                    + "'rubric': the criteria the assessor scores");
        }
        if (id.isEmpty() || kind.isEmpty() || count.isEmpty() || title.isEmpty() || description.isEmpty()
                || (observed && rubric.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new PracticeRequirement(id.get(), kind.get(), count.get(),
                new LocalizedText(title.get()), new LocalizedText(description.get()), rubric.orElse(null)));
    }

    private Optional<Rubric> rubric(SourceFile file, YamlFields yaml, Map<String, Node> r, int at, List<String> languages) {
        yaml.rejectUnknown(r, Set.of("scale", "passLevel", "criteria"), at);
        List<RubricLevel> scale = new ArrayList<>();
        Set<String> levelIds = new HashSet<>();
        List<Node> levels = yaml.nodes(r, "scale", at);
        for (Node item : levels) {
            yaml.mapping(item, "each level of the scale").flatMap(l -> {
                int line = yaml.line(item);
                yaml.rejectUnknown(l, Set.of("id", "title"), line);
                Optional<String> id = uniqueId(file, yaml, l, line, levelIds, "scale level");
                Optional<Map<String, String>> title = yaml.localized(l, "title", line, languages);
                return id.isPresent() && title.isPresent()
                        ? Optional.of(new RubricLevel(id.get(), new LocalizedText(title.get()))) : Optional.empty();
            }).ifPresent(scale::add);
        }
        if (levels.size() == 1) {
            problems.add(file, yaml.line(r.get("scale")), "a rubric's scale needs at least two levels, lowest first");
        }
        Optional<String> passLevel = yaml.text(r, "passLevel", at).filter(level -> {
            boolean known = levelIds.contains(level);
            if (!known && !levelIds.isEmpty()) {
                problems.add(file, yaml.line(r.get("passLevel")), "passLevel '" + level + "' is not on the scale "
                        + scale.stream().map(RubricLevel::id).toList());
            }
            return known;
        });
        List<RubricCriterion> criteria = new ArrayList<>();
        Set<String> criterionIds = new HashSet<>();
        for (Node item : yaml.nodes(r, "criteria", at)) {
            yaml.mapping(item, "each criterion").flatMap(c -> {
                int line = yaml.line(item);
                yaml.rejectUnknown(c, Set.of("id", "title", "description"), line);
                Optional<String> id = uniqueId(file, yaml, c, line, criterionIds, "criterion");
                Optional<Map<String, String>> title = yaml.localized(c, "title", line, languages);
                Optional<Map<String, String>> description = yaml.localized(c, "description", line, languages);
                return id.isPresent() && title.isPresent() && description.isPresent()
                        ? Optional.of(new RubricCriterion(id.get(), new LocalizedText(title.get()),
                        new LocalizedText(description.get()))) : Optional.empty();
            }).ifPresent(criteria::add);
        }
        if (scale.size() < 2 || scale.size() != levels.size() || passLevel.isEmpty() || criteria.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rubric(scale, passLevel.get(), criteria));
    }

    /** An id that scores are stored under, so it must be unique within its list and safe to keep. */
    private Optional<String> uniqueId(SourceFile file, YamlFields yaml, Map<String, Node> fields, int line,
                                      Set<String> seen, String what) {
        return yaml.text(fields, "id", line).filter(v -> {
            boolean ok = ReferenceReader.ID.matcher(v).matches() && seen.add(v);
            if (!ok) {
                problems.add(file, yaml.line(fields.get("id")), what + " id '" + v
                        + "' must be unique, lower-case letters, digits and hyphens");
            }
            return ok;
        });
    }
}
