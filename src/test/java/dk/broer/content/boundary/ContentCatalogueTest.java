package dk.broer.content.boundary;

import dk.broer.content.control.BrokenContentException;
import dk.broer.content.entity.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentCatalogueTest {

    private static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private static ContentCatalogue catalogue(Path dir) {
        ContentCatalogue catalogue = new ContentCatalogue();
        catalogue.contentDir = Optional.of(dir.toString());
        catalogue.exitOnBrokenContent = false;
        return catalogue;
    }

    @Test
    void rendersEachModuleOncePerVersionAndLanguage() {
        ContentCatalogue content = catalogue(VALID);
        content.load(null);
        Module module = content.catalogue().module("first-steps").orElseThrow();
        String danish = content.html(module, "da");
        assertSame(danish, content.html(module, "da"), "served from the cache");
        assertNotSame(danish, content.html(module, "en"));
        assertTrue(danish.contains("<h2>Det lærer du</h2>"), danish);
    }

    @Test
    void refusesBrokenContent(@TempDir Path folder) throws IOException {
        Path broken = Files.createDirectories(folder.resolve("content"));
        Files.writeString(broken.resolve("languages.yaml"), "- code: da\n  name: Dansk\n  direction: sideways\n");
        ContentCatalogue content = catalogue(broken);
        assertThrows(BrokenContentException.class, () -> content.load(null));
        assertFalse(content.isLoaded(), "nothing half-loaded is served");
    }
}
