package dk.broer.learning.boundary;

import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.control.KnowledgeCheck;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.learning.control.Progress;
import dk.broer.people.boundary.Public;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Marks a module's knowledge check, on the server. Below the pass mark the answer says which
 * questions were wrong and gives the feedback on the options chosen, but not which options are
 * right, so nobody passes on the second try by reading the first answer; the right options and
 * the explanations come once the check is passed. A signed-in learner's attempt is stored and may
 * pass the module and complete their track; anyone else's is marked and forgotten.
 */
@Path("modules/{id}/answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class AnswersResource {

    @Inject
    ContentCatalogue content;

    @Inject
    Progress progress;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    /** Answers are sent as {"answers":[{"question":"id","selected":[1]}]}. */
    public record AnswerSheet(List<Answer> answers) {
    }

    public record Answer(String question, List<Integer> selected) {
    }

    public record Feedback(int index, String html) {
    }

    /** correctOptions and explanation are null until the check is passed. */
    public record QuestionResult(String question, boolean correct, Set<Integer> selected, Set<Integer> correctOptions,
                                 String explanation, List<Feedback> feedback) {
    }

    public record CompletedTrack(long cohortId, String trackId) {
    }

    public record Marking(String module, int version, int correct, int total, int passMark, boolean passed,
                          boolean stored, List<CompletedTrack> completed, List<QuestionResult> results) {
    }

    @POST
    public Marking answer(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("track") String track,
                          AnswerSheet sheet) {
        Module module = content.catalogue().module(id).orElseThrow(() -> ApiProblem.notFound("module.notFound", id));
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(),
                content.catalogue().languages().stream().map(dk.broer.content.entity.Language::code).toList());
        ModuleText text = module.in(language);
        List<KnowledgeCheck.Marked> marked = KnowledgeCheck.mark(text, answers(sheet));
        Progress.Outcome outcome = Retry.onConflict(() ->
                progress.answered(caller.get(), module, language, marked, Optional.ofNullable(track)));
        List<QuestionResult> results = marked.stream().map(m -> result(module, language, m, outcome.passed())).toList();
        int correct = (int) marked.stream().filter(KnowledgeCheck.Marked::correct).count();
        return new Marking(id, text.version(), correct, marked.size(), outcome.passMark(), outcome.passed(), outcome.stored(),
                outcome.completed().stream().map(c -> new CompletedTrack(c.cohortId(), c.trackId())).toList(), results);
    }

    private QuestionResult result(Module module, String language, KnowledgeCheck.Marked m, boolean passed) {
        Question q = m.question();
        List<Feedback> feedback = q.options().stream()
                .filter(o -> !o.feedback().isEmpty() && (passed || m.selected().contains(o.index())))
                .map(o -> new Feedback(o.index(), content.fragment(module, language, q.id() + "/feedback/" + o.index(),
                        o.feedback(), true))).toList();
        return new QuestionResult(q.id(), m.correct(), m.selected(), passed ? q.correctOptions() : null,
                passed ? content.fragment(module, language, q.id() + "/explanation", q.explanation(), false) : null, feedback);
    }

    private static Map<String, Set<Integer>> answers(AnswerSheet sheet) {
        if (sheet == null || sheet.answers() == null) {
            throw ApiProblem.invalid(FieldError.of("answers", "answers.empty"));
        }
        Map<String, Set<Integer>> answers = new LinkedHashMap<>();
        for (Answer answer : sheet.answers()) {
            if (answer != null && answer.question() != null) {
                answers.put(answer.question(), answer.selected() == null ? Set.of() : new HashSet<>(answer.selected()));
            }
        }
        return answers;
    }
}
