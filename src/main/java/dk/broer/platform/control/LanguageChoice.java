package dk.broer.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * Which language to answer in: the `lang` parameter when given (the page's language switch),
 * else the browser's Accept-Language, else the default. An unknown `lang` is the caller's error.
 */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    public static String choose(String lang, List<Locale> accepted, List<String> supported) {
        if (lang != null && !lang.isBlank()) {
            if (!supported.contains(lang)) {
                throw ApiProblem.invalid(FieldError.of("lang", "language.unknown", lang, String.join(", ", supported)));
            }
            return lang;
        }
        return lenient(null, accepted, supported);
    }

    /** For error messages: never fails, falls back to the default language. */
    public static String lenient(String lang, List<Locale> accepted, List<String> supported) {
        if (lang != null && supported.contains(lang)) {
            return lang;
        }
        for (Locale locale : accepted) {
            if (supported.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return supported.get(0);
    }
}
