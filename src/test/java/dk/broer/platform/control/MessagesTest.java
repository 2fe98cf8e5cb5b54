package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_da.properties").keySet());
    }

    @Test
    void textsComeInTheAskedLanguageWithArguments() {
        assertEquals("There is no module 'x'.", Messages.text("en", "module.notFound", "x"));
        assertEquals("Der findes intet modul 'x'.", Messages.text("da", "module.notFound", "x"));
    }

    /** MessageFormat eats a lone apostrophe ("person's" comes out "persons"): they must be doubled. */
    @Test
    void apostrophesSurviveFormatting() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_da.properties")) {
            load(bundle).forEach((key, value) -> org.junit.jupiter.api.Assertions.assertFalse(
                    String.valueOf(value).replaceAll("''|'[{}]'", "").contains("'"), bundle + " " + key + ": " + value));
        }
    }

    /** A stray brace is a format element to MessageFormat: every message must parse. */
    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_da.properties")) {
            load(bundle).forEach((key, value) -> org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                    () -> new java.text.MessageFormat(String.valueOf(value)).format(new Object[] {1, 2, 3}), bundle + " " + key));
        }
    }

    /** Every key the code passes to a problem or field error has a sentence in both languages. */
    @Test
    void everyKeyTheCodeUsesHasItsSentences() throws IOException {
        Properties english = load("messages.properties");
        java.util.regex.Pattern use = java.util.regex.Pattern.compile(
                "(?:FieldError\\.of\\(\"[^\"]*\",\\s*|ApiProblem\\.(?:of\\(\\d+,\\s*|notFound\\(|conflict\\()|titled\\()\"([a-zA-Z0-9.]+)\"");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        int found = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = use.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!english.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 40, "found the keys: " + found);
        assertEquals(java.util.Set.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dk/broer/platform/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
