package dk.broer.content.entity;

/** One answer option of a question; feedback is Markdown shown after the learner answers, or empty. */
public record Option(int index, String text, boolean correct, String feedback) {
}
