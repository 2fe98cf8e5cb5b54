package dk.broer.evaluations.boundary;

import dk.broer.certification.control.CertificateWording;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.control.CourseOccasions;
import dk.broer.evaluations.control.Results;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Evaluations as the pages show them, in the reader's language. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    public record ItemView(String id, String text) {
    }

    public record StepView(int value, String label) {
    }

    public record CommentView(String label, int max) {
    }

    public record QuestionnaireView(String id, String title, String intro, List<ItemView> items, List<StepView> scale,
                                    CommentView comment) {
    }

    /** An answer as every form sends it. */
    public record AnswerForm(java.util.Map<String, Integer> scores, String comment) {
    }

    public record Answered(boolean answered) {
    }

    public record ItemResultView(String id, String text, boolean target, Integer agree, Integer share) {
    }

    public record ResultView(String kind, String title, LocalDate week, Integer answers, Integer fewerThan,
                             List<ItemResultView> items, List<String> comments) {
    }

    public static QuestionnaireView of(Questionnaire q, String language) {
        return new QuestionnaireView(q.id(), q.title().in(language), q.intro().in(language),
                q.items().stream().map(i -> new ItemView(i.id(), i.text().in(language))).toList(),
                IntStream.range(0, q.scale().size()).mapToObj(i -> new StepView(i + 1, q.scale().get(i).in(language))).toList(),
                new CommentView(q.comment().in(language), Questionnaire.COMMENT_MAX));
    }

    public static ResultView of(Results r, String language) {
        return new ResultView(r.occasion().kind().code(), r.occasion().title(), r.occasion().week(), r.answers().orElse(null),
                r.answers().isPresent() ? null : r.threshold(),
                r.items().stream().map(i -> new ItemResultView(i.item().id(), i.item().text().in(language), i.item().target() != null,
                        i.agree().orElse(null), i.share().orElse(null))).toList(),
                r.comments().orElse(null));
    }

    /** "Forløbet Buschauffører" or "Mødet 12. november 2026, Valby Kulturhus". */
    static String title(CourseOccasions.Course course, String trackTitle, String language) {
        if (course.meeting() == null) {
            return Messages.text(language, "evaluation.title.track", trackTitle);
        }
        LocalDate day = Copenhagen.local(course.meeting().startsAt()).toLocalDate();
        return Messages.text(language, "evaluation.title.meeting", CertificateWording.day(day, language), course.meeting().place());
    }
}
