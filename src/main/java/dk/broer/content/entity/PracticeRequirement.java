package dk.broer.content.entity;

import java.util.Optional;

/**
 * Practice a certification requires, e.g. four supervision sessions. An observed facilitation carries
 * the rubric the assessor scores it against; the other kinds have none.
 */
public record PracticeRequirement(String id, PracticeKind kind, int count, LocalizedText title,
                                  LocalizedText description, Rubric rubric) {

    /** A requirement without a rubric: every kind but an observed facilitation. */
    public PracticeRequirement(String id, PracticeKind kind, int count, LocalizedText title, LocalizedText description) {
        this(id, kind, count, title, description, null);
    }

    public Optional<Rubric> rubricIfAny() {
        return Optional.ofNullable(rubric);
    }
}
