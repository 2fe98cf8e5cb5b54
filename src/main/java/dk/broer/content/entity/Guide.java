package dk.broer.content.entity;

/** A facilitator guide for a track's in-person workshop, in one language. */
public record Guide(String trackId, String language, String title, String body) {
}
