package dk.broer.content.control;

import dk.broer.content.entity.Catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A copy of the small valid content in src/test/resources/fixtures/valid, to break on purpose. */
final class ContentFixture {

    static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private final Path root;

    ContentFixture(Path folder) {
        this.root = folder.resolve("content");
        copy(VALID, root);
    }

    Path root() {
        return root;
    }

    ContentFixture replace(String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), "fixture " + file + " should contain: " + from);
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContentFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Catalogue load() {
        return ContentLoader.load(root, new Markdown());
    }

    /** The problems loading reports, as "file:line: message" lines; fails if it loads cleanly. */
    List<String> problems() {
        try {
            load();
            return fail("content should have been refused");
        } catch (BrokenContentException e) {
            return e.problems().stream().map(ContentProblem::toString).toList();
        }
    }

    /** Asserts one reported problem starts with the location and contains the words. */
    static void assertReported(List<String> problems, String location, String words) {
        assertFalse(problems.isEmpty());
        String prefix = Character.isDigit(location.charAt(location.length() - 1)) ? location + ": " : location + ":";
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix) && p.contains(words)),
                () -> "expected '" + location + ": ..." + words + "...' among\n" + String.join("\n", problems));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
