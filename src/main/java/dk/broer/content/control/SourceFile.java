package dk.broer.content.control;

import java.nio.file.Path;

/** A content file and the name it is reported under, relative to the content folder ("content/..."). */
public record SourceFile(Path path, String name) {

    static SourceFile of(Path root, Path path) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return new SourceFile(path, "content/" + relative);
    }
}
