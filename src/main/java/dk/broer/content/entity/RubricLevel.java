package dk.broer.content.entity;

/** One step of a rubric's scale, e.g. "partly". */
public record RubricLevel(String id, LocalizedText title) {
}
