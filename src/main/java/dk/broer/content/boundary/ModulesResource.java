package dk.broer.content.boundary;

import dk.broer.people.boundary.Public;
import dk.broer.content.boundary.Views.AudienceView;
import dk.broer.content.boundary.Views.ModuleSummary;
import dk.broer.content.boundary.Views.ModuleView;
import dk.broer.content.boundary.Views.OptionView;
import dk.broer.content.boundary.Views.QuestionView;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Modules: the list, and one module rendered in a language (its check is marked by learning's AnswersResource). */
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

    /**
     * One module, as JSON serialised once (see ContentCatalogue.json) and tagged, so a phone that
     * has it already gets 304 Not Modified instead of the module again.
     */
    @GET
    @Path("{id}")
    public Response module(@PathParam("id") String id, @QueryParam("lang") String lang, @Context Request request) {
        String language = language(lang);
        Module module = find(id);
        ContentCatalogue.Serialised json = content.json(module, language, "view", () -> view(module, language));
        EntityTag tag = new EntityTag(json.tag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(json.bytes(), MediaType.APPLICATION_JSON_TYPE))
                .tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private ModuleView view(Module module, String language) {
        ModuleText text = module.in(language);
        List<QuestionView> questions = text.questions().stream().map(q -> new QuestionView(q.id(),
                content.fragment(module, language, q.id() + "/prompt", q.prompt(), false), q.multiple(),
                q.options().stream().map(o -> new OptionView(o.index(), content.fragment(module, language,
                        q.id() + "/option/" + o.index(), o.text(), true))).toList())).toList();
        return new ModuleView(module.id(), text.title(), text.summary(), audiences(text, language), text.minutes(),
                text.version(), language, catalogue().language(language).orElseThrow().direction(),
                content.html(module, language), questions);
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
