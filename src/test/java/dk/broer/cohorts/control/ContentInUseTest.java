package dk.broer.cohorts.control;

import dk.broer.content.control.ContentLoader;
import dk.broer.content.control.Markdown;
import dk.broer.content.entity.Catalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentInUseTest {

    private static final Catalogue CONTENT = ContentLoader.load(Path.of("content"), new Markdown());

    @Test
    void whatTheDatabaseUsesMustStillBeInTheContent() {
        assertEquals(List.of(), ContentInUse.missing(CONTENT, List.of("bus-drivers", "door-staff"), List.of("five-ds", "on-the-bus")));
    }

    @Test
    void aDroppedTrackOrModuleIsNamedWithItsFile() {
        assertEquals(List.of(
                        "content/tracks/night-buses.yaml: track 'night-buses' is gone, but cohorts follow it",
                        "content/modules/old-module/: module 'old-module' is gone, but enrolments include it"),
                ContentInUse.missing(CONTENT, List.of("bus-drivers", "night-buses"), List.of("old-module", "five-ds")));
    }
}
