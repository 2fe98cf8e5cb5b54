package dk.broer.content.entity;

/** Practice a certification requires, e.g. four supervision sessions. */
public record PracticeRequirement(String id, PracticeKind kind, int count, LocalizedText title,
                                  LocalizedText description) {
}
