package dk.broer.content.entity;

import java.util.Map;

/** A text written in several languages, as content authors give titles and summaries. */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in the language asked for; content validation guarantees every language is there. */
    public String in(String language) {
        return byLanguage.getOrDefault(language, "");
    }
}
