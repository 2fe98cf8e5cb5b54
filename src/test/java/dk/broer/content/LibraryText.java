package dk.broer.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text of every module and guide in content/, as raw lines with their numbers, so that a check
 * on wording can say file:line. Lines are grouped the way a reader takes them in:
 * <ul>
 * <li>a <em>unit</em> is one claim-sized piece: a paragraph (consecutive non-blank lines, such as a
 * list or a call-out), except that a heading, a table row and each option of a knowledge-check
 * question (with its feedback lines) stand alone;</li>
 * <li>a <em>section</em> is everything from one heading to the next.</li>
 * </ul>
 */
record LibraryText(Path file, String language, List<String> lines) {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s");
    private static final Pattern OPTION = Pattern.compile("^- \\[[ xX]\\]\\s");
    private static final Pattern WRONG_OPTION = Pattern.compile("^- \\[ \\]\\s");
    private static final Pattern SOURCES = Pattern.compile("^## (Kilder|Sources)\\s*$");

    /** One line of a file, numbered from 1. */
    record Line(LibraryText text, int number, String value) {
        String where() {
            return text.file() + ":" + number;
        }

        /** An option marked wrong in a knowledge check: a false statement on purpose. */
        boolean isWrongOption() {
            return WRONG_OPTION.matcher(value).find();
        }
    }

    /** Consecutive lines read together. */
    record Group(List<Line> lines) {
        String text() {
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                text.append(line.value()).append('\n');
            }
            return text.toString();
        }
    }

    /** Every module and guide file (modules/&lt;id&gt;/&lt;lang&gt;.md, guides/&lt;track&gt;/&lt;lang&gt;.md). */
    static List<LibraryText> all(Path content) {
        List<LibraryText> texts = new ArrayList<>();
        for (String folder : List.of("modules", "guides")) {
            try (Stream<Path> files = Files.walk(content.resolve(folder), 2)) {
                files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(f -> {
                    String name = f.getFileName().toString();
                    texts.add(new LibraryText(f, name.substring(0, name.length() - 3), read(f)));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Line> numbered() {
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Line(this, i + 1, lines.get(i)));
        }
        return numbered;
    }

    /** The lines after the front matter and before the sources section. */
    List<Line> text() {
        List<Line> all = numbered();
        int start = 0;
        if (!all.isEmpty() && all.get(0).value().strip().equals("---")) {
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).value().strip().equals("---")) {
                    start = i + 1;
                    break;
                }
            }
        }
        List<Line> text = new ArrayList<>();
        for (Line line : all.subList(start, all.size())) {
            if (SOURCES.matcher(line.value()).find()) {
                break;
            }
            text.add(line);
        }
        return text;
    }

    /** The lines of the sources section (the section named Kilder or Sources). */
    List<Line> sources() {
        List<Line> sources = new ArrayList<>();
        boolean in = false;
        for (Line line : numbered()) {
            if (HEADING.matcher(line.value()).find()) {
                in = SOURCES.matcher(line.value()).find();
            } else if (in) {
                sources.add(line);
            }
        }
        return sources;
    }

    /** The units of the whole file. */
    List<Group> units() {
        return units(numbered());
    }

    /** The units a learner reads as the module's or guide's own statements: without front matter and sources. */
    List<Group> textUnits() {
        return units(text());
    }

    private static List<Group> units(List<Line> lines) {
        List<Group> units = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            String value = line.value().strip();
            boolean alone = HEADING.matcher(value).find() || value.startsWith("|");
            if (value.isEmpty() || value.equals(":::") || value.startsWith("::: ") || alone
                    || OPTION.matcher(value).find()) {
                flush(units, current);
            }
            if (!value.isEmpty()) {
                current.add(line);
            }
            if (alone) {
                flush(units, current);
            }
        }
        flush(units, current);
        return units;
    }

    List<Group> sections() {
        List<Group> sections = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : numbered()) {
            if (HEADING.matcher(line.value()).find()) {
                flush(sections, current);
            }
            current.add(line);
        }
        flush(sections, current);
        return sections;
    }

    private static void flush(List<Group> groups, List<Line> current) {
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current)));
            current.clear();
        }
    }
}
