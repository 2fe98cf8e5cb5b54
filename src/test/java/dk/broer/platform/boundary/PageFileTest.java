package dk.broer.platform.boundary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFileTest {

    @Test
    void aPageSaysItsTitleScriptAccessAndMenuPlace() {
        PageFile page = PageFile.parse("staff", "<!--\ntitle: staff.title\nscript: staff.js\naccess: admin\nnav: 60\n-->\n<h1>x</h1>\n");
        assertEquals("staff.title", page.titleKey());
        assertEquals("staff.js", page.script());
        assertEquals(List.of("admin"), page.access().roles());
        assertEquals(60, page.navOrder());
        assertEquals("<h1>x</h1>\n", page.main());
    }

    @Test
    void withoutAccessAPageIsPublicAndStaffMeansEveryStaffRole() {
        PageFile open = PageFile.parse("index", "<!-- script: catalogue.js -->");
        assertTrue(open.access().isPublic());
        assertNull(open.navOrder());
        assertEquals(5, PageFile.parse("a", "<!--\nscript: a.js\naccess: staff\n-->").access().roles().size());
        assertThrows(IllegalArgumentException.class, () -> PageFile.parse("b", "<h1>no header</h1>"));
    }

    @Test
    void everyPageInTheWarParsesAndItsScriptExists() throws IOException {
        Path pages = Path.of("src/main/webapp/WEB-INF/pages");
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".html", "");
                PageFile page = PageFile.parse(name, Files.readString(file));
                assertTrue(Files.exists(Path.of("src/main/webapp/js", page.script())), name + " names " + page.script());
            }
        }
    }

    @Test
    void theLanguageIsTheSwitchThenTheRememberedChoiceThenTheBrowsers() {
        assertEquals("en", UiTexts.choose("en", "da", List.of(Locale.forLanguageTag("da"))));
        assertEquals("en", UiTexts.choose(null, "en", List.of(Locale.forLanguageTag("da"))));
        assertEquals("en", UiTexts.choose("xx", "xx", List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("en-GB"))));
        assertEquals("da", UiTexts.choose(null, null, List.of()));
    }

    @Test
    void textIsEscapedForHtml() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", PageShell.escape("<script>alert('x')</script> & \""));
    }
}
