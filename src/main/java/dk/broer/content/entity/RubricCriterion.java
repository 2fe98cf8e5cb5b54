package dk.broer.content.entity;

/** One thing an assessor scores, e.g. "gives everyone a voice"; the description says what good looks like. */
public record RubricCriterion(String id, LocalizedText title, LocalizedText description) {
}
