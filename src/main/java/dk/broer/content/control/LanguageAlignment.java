package dk.broer.content.control;

import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;

import java.util.List;
import java.util.Map;

/**
 * Checks that every language of a module says the same thing in structure: same version and
 * minutes, same sections, the same questions with the same correct options. Problems are reported
 * in the translation, measured against the default language.
 */
final class LanguageAlignment {

    private final ContentProblems problems;

    LanguageAlignment(ContentProblems problems) {
        this.problems = problems;
    }

    void check(Map<String, Map<String, ModuleReader.Read>> modules, List<String> languages) {
        modules.values().forEach(byLanguage -> {
            ModuleReader.Read original = byLanguage.get(languages.get(0));
            if (original != null) {
                byLanguage.values().stream().filter(r -> r != original).forEach(t -> compare(original, t));
            }
        });
    }

    private void compare(ModuleReader.Read original, ModuleReader.Read translation) {
        ModuleText a = original.text();
        ModuleText b = translation.text();
        SourceFile file = translation.file();
        if (a.version() != b.version()) {
            problems.add(file, 2, "version " + b.version() + " differs from " + a.version() + " in " + original.file().name());
        }
        if (a.minutes() != b.minutes()) {
            problems.add(file, 2, "minutes " + b.minutes() + " differ from " + a.minutes() + " in " + original.file().name());
        }
        if (!a.audiences().equals(b.audiences())) {
            problems.add(file, 2, "audience " + b.audiences() + " differs from " + a.audiences() + " in " + original.file().name());
        }
        List<Integer> levelsA = MarkdownChecks.headingLevels(original.document());
        List<Integer> levelsB = MarkdownChecks.headingLevels(translation.document());
        if (!levelsA.equals(levelsB)) {
            problems.add(file, translation.bodyFirstLine(), "sections differ from " + original.file().name()
                    + ": heading levels " + levelsB + " against " + levelsA);
        }
        compareQuestions(a.questions(), b.questions(), file, original.file().name(), translation.bodyFirstLine());
    }

    private void compareQuestions(List<Question> a, List<Question> b, SourceFile file, String originalName, int line) {
        List<String> idsA = a.stream().map(Question::id).toList();
        List<String> idsB = b.stream().map(Question::id).toList();
        if (!idsA.equals(idsB)) {
            problems.add(file, line, "questions " + idsB + " differ from " + idsA + " in " + originalName + ": same ids, same order");
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Question qa = a.get(i);
            Question qb = b.get(i);
            if (qa.options().size() != qb.options().size()) {
                problems.add(file, qb.line(), "question '" + qb.id() + "' has " + qb.options().size()
                        + " options, " + originalName + " has " + qa.options().size());
            } else if (!qa.correctOptions().isEmpty() && !qa.correctOptions().equals(qb.correctOptions())) {
                problems.add(file, qb.line(), "question '" + qb.id() + "' marks other options correct than " + originalName);
            }
        }
    }
}
