package dk.broer.content.control;

import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.LocalizedText;
import dk.broer.content.entity.Questionnaire;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads content/evaluations/*.yaml: what is asked after a meeting, a track, an activity or a
 * consultancy. Every occasion must have exactly one questionnaire, so nothing is asked from code.
 */
final class QuestionnaireReader {

    private static final Set<String> FIELDS = Set.of("id", "occasions", "title", "intro", "agreeFrom", "items", "scale", "comment");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "text", "target");
    /** Short enough to answer on a phone in under a minute. */
    static final int MAX_ITEMS = 5;

    private final Path root;
    private final ContentProblems problems;

    QuestionnaireReader(Path root, ContentProblems problems) {
        this.root = root;
        this.problems = problems;
    }

    List<Questionnaire> questionnaires(List<String> languages) {
        List<Questionnaire> found = new ArrayList<>();
        Map<String, String> askedOn = new HashMap<>();
        Path folder = root.resolve("evaluations");
        for (Path path : ContentLoader.files(folder, ".yaml")) {
            SourceFile file = SourceFile.of(root, path);
            YamlFields yaml = new YamlFields(file, 1, problems);
            ContentLoader.yamlFile(yaml, path, "an evaluation")
                    .flatMap(fields -> questionnaire(file, yaml, fields, path.getFileName().toString().replaceFirst("\\.yaml$", ""), languages))
                    .ifPresent(q -> {
                        q.occasions().stream().filter(o -> askedOn.putIfAbsent(o, q.id()) != null).forEach(o ->
                                problems.add(file, 1, "occasion '" + o + "' already has the evaluation '" + askedOn.get(o) + "'"));
                        found.add(q);
                    });
        }
        Questionnaire.OCCASIONS.stream().filter(o -> !askedOn.containsKey(o)).forEach(o ->
                problems.add(SourceFile.of(root, folder), 0, "no evaluation is asked on '" + o + "': name it in one file's occasions"));
        return found;
    }

    private Optional<Questionnaire> questionnaire(SourceFile file, YamlFields yaml, Map<String, Node> f, String fileId,
                                                  List<String> languages) {
        yaml.rejectUnknown(f, FIELDS, 1);
        Optional<String> id = yaml.text(f, "id", 1);
        id.filter(v -> !v.equals(fileId)).ifPresent(v ->
                problems.add(file, yaml.line(f.get("id")), "id '" + v + "' must match the file name '" + fileId + ".yaml'"));
        List<String> occasions = occasions(file, yaml, f);
        Optional<Map<String, String>> title = yaml.localized(f, "title", 1, languages);
        Optional<Map<String, String>> intro = yaml.localized(f, "intro", 1, languages);
        Optional<Integer> agreeFrom = yaml.number(f, "agreeFrom", 1, 2, Questionnaire.SCALE_STEPS);
        List<EvaluationItem> items = items(file, yaml, f, languages);
        List<LocalizedText> scale = scale(file, yaml, f, languages);
        Optional<Map<String, String>> comment = yaml.localized(f, "comment", 1, languages);
        if (id.isEmpty() || occasions.isEmpty() || title.isEmpty() || intro.isEmpty() || agreeFrom.isEmpty() || items.isEmpty()
                || scale.size() != Questionnaire.SCALE_STEPS || comment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Questionnaire(id.get(), occasions, new LocalizedText(title.get()), new LocalizedText(intro.get()),
                agreeFrom.get(), items, scale, new LocalizedText(comment.get())));
    }

    private List<String> occasions(SourceFile file, YamlFields yaml, Map<String, Node> f) {
        List<String> occasions = new ArrayList<>();
        yaml.list(f, "occasions", 1).ifPresent(list -> list.forEach(o -> {
            if (Questionnaire.OCCASIONS.contains(o.value())) {
                occasions.add(o.value());
            } else {
                problems.add(file, o.line(), "unknown occasion '" + o.value() + "'; expected one of " + Questionnaire.OCCASIONS);
            }
        }));
        return occasions;
    }

    private List<EvaluationItem> items(SourceFile file, YamlFields yaml, Map<String, Node> f, List<String> languages) {
        List<Node> nodes = yaml.nodes(f, "items", 1);
        if (nodes.size() > MAX_ITEMS) {
            problems.add(file, yaml.line(f.get("items")), "at most " + MAX_ITEMS + " items: it must take under a minute on a phone");
        }
        List<EvaluationItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> targets = new HashSet<>();
        for (Node node : nodes) {
            int line = yaml.line(node);
            yaml.mapping(node, "each item").ifPresent(item -> {
                yaml.rejectUnknown(item, ITEM_FIELDS, line);
                Optional<String> itemId = yaml.text(item, "id", line);
                itemId.filter(v -> !ReferenceReader.ID.matcher(v).matches() || !ids.add(v)).ifPresent(v ->
                        problems.add(file, line, "item id '" + v + "' must be unique, lower-case letters, digits and hyphens"));
                Optional<String> target = item.containsKey("target") ? yaml.text(item, "target", line) : Optional.empty();
                target.filter(t -> !targets.add(t)).ifPresent(t ->
                        problems.add(file, line, "target '" + t + "' is already measured by another item"));
                Optional<Map<String, String>> text = yaml.localized(item, "text", line, languages);
                if (itemId.isPresent() && text.isPresent()) {
                    items.add(new EvaluationItem(itemId.get(), new LocalizedText(text.get()), target.orElse(null)));
                }
            });
        }
        return items;
    }

    private List<LocalizedText> scale(SourceFile file, YamlFields yaml, Map<String, Node> f, List<String> languages) {
        List<Node> steps = yaml.nodes(f, "scale", 1);
        if (!steps.isEmpty() && steps.size() != Questionnaire.SCALE_STEPS) {
            problems.add(file, yaml.line(f.get("scale")), "the scale must have " + Questionnaire.SCALE_STEPS
                    + " steps, from the least to the most agreeing, not " + steps.size());
            return List.of();
        }
        List<LocalizedText> scale = new ArrayList<>();
        for (Node step : steps) {
            yaml.localized(Map.of("step", step), "step", yaml.line(step), languages).map(LocalizedText::new).ifPresent(scale::add);
        }
        return scale;
    }
}
