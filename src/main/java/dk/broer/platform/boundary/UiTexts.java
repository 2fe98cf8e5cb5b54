package dk.broer.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The page texts of i18n/&lt;lang&gt;.json, which the browser's scripts use too: the server fills the
 * page frame from the same bundles, so a page arrives in its language and does not change under
 * the reader when the script starts.
 */
final class UiTexts {

    static final List<String> LANGUAGES = List.of("da", "en");
    static final String COOKIE = "broer-lang";

    private final Function<String, InputStream> resources;
    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

    UiTexts(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    String text(String language, String key) {
        return bundle(language).getOrDefault(key, key);
    }

    private Map<String, String> bundle(String language) {
        return bundles.computeIfAbsent(language, code -> {
            InputStream in = resources.apply("/i18n/" + code + ".json");
            if (in == null) {
                throw new IllegalStateException("No message bundle i18n/" + code + ".json");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject json = reader.readObject();
                Map<String, String> texts = new ConcurrentHashMap<>();
                json.forEach((key, value) -> {
                    if (value instanceof JsonString s) {
                        texts.put(key, s.getString());
                    }
                });
                return texts;
            }
        });
    }

    /** ?lang= (the page's switch), else the remembered choice (cookie), else the browser's, else Danish. */
    static String choose(String param, String cookie, List<Locale> accepted) {
        return Optional.ofNullable(param).filter(LANGUAGES::contains)
                .or(() -> Optional.ofNullable(cookie).filter(LANGUAGES::contains))
                .or(() -> accepted.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst())
                .orElse(LANGUAGES.get(0));
    }
}
