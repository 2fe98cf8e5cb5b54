package dk.broer.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LIX readability (Björnsson): words per sentence plus the percentage of words longer than six
 * letters. Counted over what a learner reads as running text: without question blocks (marked
 * separately), the sources section, code and URLs. A heading, list item or table row is a sentence
 * of its own; otherwise a sentence ends at '.', '!', '?' or ':'.
 */
public final class Lix {

    private static final Set<String> SOURCES = Set.of("kilder", "sources");
    private static final Pattern UNIT_START = Pattern.compile("^(#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|\\||>|!!!)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?=\\s|$)");
    private static final Pattern ENDS_WITH_TERMINATOR = Pattern.compile("[.!?:][\"')”’*_]*\\s*$");

    private Lix() {
    }

    /** LIX of a module body (Markdown after the front matter). */
    public static double of(String body) {
        int words = 0;
        int longWords = 0;
        int sentences = 0;
        for (String unit : units(readableLines(body))) {
            String text = clean(unit);
            Matcher matcher = WORD.matcher(text);
            int unitWords = 0;
            while (matcher.find()) {
                unitWords++;
                if (matcher.group().length() > 6) {
                    longWords++;
                }
            }
            if (unitWords == 0) {
                continue;
            }
            words += unitWords;
            int ends = (int) SENTENCE_END.matcher(text).results().count();
            if (!ENDS_WITH_TERMINATOR.matcher(text).find()) {
                ends++;
            }
            sentences += Math.max(ends, 1);
        }
        return words == 0 ? 0 : (double) words / sentences + 100.0 * longWords / words;
    }

    private static List<String> readableLines(String body) {
        List<String> lines = new ArrayList<>();
        boolean inCode = false;
        boolean inQuestion = false;
        boolean inSources = false;
        for (String line : body.split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            if (s.startsWith("::: question")) {
                inQuestion = true;
                continue;
            }
            if (inQuestion) {
                inQuestion = !s.equals(":::");
                continue;
            }
            if (s.startsWith("## ")) {
                inSources = SOURCES.contains(s.substring(3).strip().toLowerCase(Locale.ROOT));
            }
            if (!inSources && !s.equals(QuestionBlocks.MARKER)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Blank-line separated blocks, split further where a heading, list item, table row or call-out starts. */
    private static List<String> units(List<String> lines) {
        List<String> units = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (current != null) {
                    units.add(current.toString());
                }
                current = null;
            } else if (current == null || UNIT_START.matcher(s).find()) {
                if (current != null) {
                    units.add(current.toString());
                }
                current = new StringBuilder(s);
            } else {
                current.append(' ').append(s);
            }
        }
        if (current != null) {
            units.add(current.toString());
        }
        return units;
    }

    private static String clean(String unit) {
        String u = unit.replaceAll("`[^`]*`", " ")
                .replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", " ")
                .replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("https?://\\S+", " ")
                .strip()
                .replaceFirst("^(#{1,6}|[-*+]|\\d+[.)]|>|!!!\\s*\\w+)\\s*", "");
        if (u.startsWith("|")) {
            u = u.replaceFirst("^\\|?\\s*:?-{3,}.*$", "").replace("|", " ");
        }
        return u;
    }
}
