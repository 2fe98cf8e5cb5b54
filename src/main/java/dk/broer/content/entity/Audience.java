package dk.broer.content.entity;

/** A group of people Broer trains, such as bus drivers or door staff. */
public record Audience(String id, LocalizedText title) {
}
