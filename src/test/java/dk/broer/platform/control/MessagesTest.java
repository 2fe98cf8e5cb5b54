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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dk/broer/platform/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
