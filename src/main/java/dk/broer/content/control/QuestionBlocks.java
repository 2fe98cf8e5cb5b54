package dk.broer.content.control;

import dk.broer.content.entity.Option;
import dk.broer.content.entity.Question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the knowledge-check blocks ("::: question id" ... ":::") out of a module's Markdown.
 * The body keeps its line count, so Flexmark's line numbers still point into the file, and a
 * marker paragraph stands where the first block was: the page puts the check there.
 */
final class QuestionBlocks {

    static final String MARKER = "%%broer-knowledge-check%%";

    private static final Pattern OPEN = Pattern.compile("^:::\\s*question\\b\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^[-*] \\[([ xX])\\]\\s+(.+)$");
    private static final Pattern FEEDBACK = Pattern.compile("^ {2,}>\\s?(.*)$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final SourceFile file;
    private final ContentProblems problems;

    QuestionBlocks(SourceFile file, ContentProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The body without question blocks, and the questions found. */
    record Extracted(String body, List<Question> questions) {
    }

    /** @param firstLine the file line (1-based) the body starts on */
    Extracted extract(List<String> lines, int firstLine) {
        List<String> body = new ArrayList<>(lines);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode || !line.startsWith(":::")) {
                continue;
            }
            int fileLine = firstLine + i;
            Matcher open = OPEN.matcher(line.strip());
            if (!open.matches()) {
                problems.add(file, fileLine, "unknown block '" + line.strip() + "'; a knowledge check starts with '::: question <id>'");
                continue;
            }
            int end = closing(lines, i);
            if (end < 0) {
                problems.add(file, fileLine, "question block is not closed: add a line ':::' after it");
                return new Extracted(String.join("\n", body), questions);
            }
            String id = open.group(1).trim();
            if (!ID.matcher(id).matches()) {
                problems.add(file, fileLine, "question id '" + id + "' must be lower-case letters, digits and hyphens");
            } else if (!ids.add(id)) {
                problems.add(file, fileLine, "question id '" + id + "' is used twice in this module");
            }
            questions.add(parse(id, lines.subList(i + 1, end), fileLine));
            for (int j = i; j <= end; j++) {
                body.set(j, "");
            }
            if (!body.contains(MARKER)) {
                body.set(i + 1, MARKER);
            }
            i = end;
        }
        return new Extracted(String.join("\n", body), questions);
    }

    private static int closing(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            String s = lines.get(j).strip();
            if (s.equals(":::")) {
                return j;
            }
            if (OPEN.matcher(s).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private Question parse(String id, List<String> inner, int openLine) {
        List<String> prompt = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        List<OptionDraft> options = new ArrayList<>();
        for (int k = 0; k < inner.size(); k++) {
            String line = inner.get(k);
            int fileLine = openLine + 1 + k;
            Matcher option = OPTION.matcher(line);
            Matcher feedback = FEEDBACK.matcher(line);
            if (option.matches()) {
                if (!explanation.isEmpty()) {
                    problems.add(file, fileLine, "question '" + id + "': options must stand together, before the explanation");
                }
                options.add(new OptionDraft(option.group(2).trim(), !option.group(1).isBlank(), new ArrayList<>()));
            } else if (feedback.matches() && !options.isEmpty() && explanation.isEmpty()) {
                options.get(options.size() - 1).feedback().add(feedback.group(1));
            } else if (options.isEmpty()) {
                prompt.add(line);
            } else if (!line.isBlank() || !explanation.isEmpty()) {
                explanation.add(line);
            }
        }
        check(id, prompt, options, explanation, openLine);
        List<Option> built = new ArrayList<>();
        for (int n = 0; n < options.size(); n++) {
            OptionDraft draft = options.get(n);
            built.add(new Option(n, draft.text(), draft.correct(), String.join("\n", draft.feedback()).strip()));
        }
        // Kept even when faulty, so the other languages are compared with what the author wrote.
        return new Question(id, String.join("\n", prompt).strip(), built, String.join("\n", explanation).strip(), openLine);
    }

    private void check(String id, List<String> prompt, List<OptionDraft> options, List<String> explanation, int line) {
        if (String.join("", prompt).isBlank()) {
            problems.add(file, line, "question '" + id + "' has no question text before its options");
        }
        if (options.size() < 2) {
            problems.add(file, line, "question '" + id + "' needs at least two options ('- [ ] ...' and '- [x] ...')");
        }
        if (options.stream().noneMatch(OptionDraft::correct)) {
            problems.add(file, line, "question '" + id + "' has no correct option: mark one with '- [x]'");
        }
        if (String.join("", explanation).isBlank()) {
            problems.add(file, line, "question '" + id + "' has no explanation after its options");
        }
    }

    private record OptionDraft(String text, boolean correct, List<String> feedback) {
    }
}
