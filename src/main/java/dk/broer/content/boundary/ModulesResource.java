package dk.broer.content.boundary;

import dk.broer.people.boundary.Public;
import dk.broer.content.boundary.Views.AudienceView;
import dk.broer.content.boundary.Views.ModuleSummary;
import dk.broer.content.boundary.Views.ModuleView;
import dk.broer.content.boundary.Views.OptionView;
import dk.broer.content.boundary.Views.QuestionView;
import dk.broer.content.control.KnowledgeCheck;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Set;

/** Modules: the list, one module rendered in a language, and marking its knowledge check. */
@Public
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    @GET
    public List<ModuleSummary> modules(@QueryParam("lang") String lang) {
        String language = language(lang);
        return catalogue().modules().stream().map(m -> summary(m.in(language))).toList();
    }

    @GET
    @Path("{id}")
    public ModuleView module(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String language = language(lang);
        Module module = find(id);
        ModuleText text = module.in(language);
        List<QuestionView> questions = text.questions().stream().map(q -> new QuestionView(q.id(),
                content.fragment(module, language, q.id() + "/prompt", q.prompt(), false), q.multiple(),
                q.options().stream().map(o -> new OptionView(o.index(), content.fragment(module, language,
                        q.id() + "/option/" + o.index(), o.text(), true))).toList())).toList();
        return new ModuleView(module.id(), text.title(), text.summary(), audiences(text, language), text.minutes(),
                text.version(), language, catalogue().language(language).orElseThrow().direction(),
                content.html(module, language), questions);
    }

    /** Answers are sent back as {"answers":[{"question":"id","selected":[1]}]}. */
    public record AnswerSheet(List<Answer> answers) {
    }

    public record Answer(String question, List<Integer> selected) {
    }

    public record Feedback(int index, String html) {
    }

    public record QuestionResult(String question, boolean correct, Set<Integer> selected, Set<Integer> correctOptions,
                                 String explanation, List<Feedback> feedback) {
    }

    public record Marking(String module, int version, int correct, int total, List<QuestionResult> results) {
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Marking answer(@PathParam("id") String id, @QueryParam("lang") String lang, AnswerSheet sheet) {
        String language = language(lang);
        Module module = find(id);
        ModuleText text = module.in(language);
        List<KnowledgeCheck.Marked> marked = KnowledgeCheck.mark(text, answers(sheet));
        List<QuestionResult> results = marked.stream().map(m -> {
            Question q = m.question();
            List<Feedback> feedback = q.options().stream().filter(o -> !o.feedback().isEmpty())
                    .map(o -> new Feedback(o.index(), content.fragment(module, language,
                            q.id() + "/feedback/" + o.index(), o.feedback(), true))).toList();
            return new QuestionResult(q.id(), m.correct(), m.selected(), q.correctOptions(),
                    content.fragment(module, language, q.id() + "/explanation", q.explanation(), false), feedback);
        }).toList();
        int correct = (int) marked.stream().filter(KnowledgeCheck.Marked::correct).count();
        return new Marking(id, text.version(), correct, marked.size(), results);
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

    private ModuleSummary summary(ModuleText text) {
        return new ModuleSummary(text.moduleId(), text.title(), text.summary(), audiences(text, text.language()),
                text.minutes(), text.version(), text.language());
    }

    private List<AudienceView> audiences(ModuleText text, String language) {
        return text.audiences().stream().map(a -> catalogue().audience(a).orElseThrow())
                .map(a -> new AudienceView(a.id(), a.title().in(language))).toList();
    }

    private Module find(String id) {
        return catalogue().module(id).orElseThrow(() -> ApiProblem.notFound("module.notFound", id));
    }

    private String language(String lang) {
        return ContentLanguage.of(lang, headers, catalogue());
    }

    private Catalogue catalogue() {
        return content.catalogue();
    }
}
