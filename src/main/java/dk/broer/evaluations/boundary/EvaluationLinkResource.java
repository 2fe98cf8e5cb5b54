package dk.broer.evaluations.boundary;

import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.people.boundary.Public;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.Map;

/**
 * Answering through an activity's QR code or a consultancy's link, without an account. The token
 * travels in the page's URL fragment and in request bodies, never in a path a log keeps.
 */
@Path("evaluations/link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class EvaluationLinkResource {

    @Inject
    Evaluations evaluations;

    @Context
    HttpHeaders headers;

    public record LinkForm(String token) {
    }

    public record LinkAnswer(String token, Map<String, Integer> scores, String comment) {
    }

    public record LinkEvaluation(String kind, String title, LocalDate closesOn, EvaluationViews.QuestionnaireView questionnaire) {
    }

    @POST
    public LinkEvaluation open(@QueryParam("lang") String lang, LinkForm form) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        Occasion occasion = evaluations.byLink(form == null ? null : form.token());
        return new LinkEvaluation(occasion.kind().code(), occasion.title(), occasion.closesOn(),
                EvaluationViews.of(evaluations.questionnaire(occasion.kind()), language));
    }

    @POST
    @Path("answers")
    public Response answer(LinkAnswer form) {
        LinkAnswer given = form == null ? new LinkAnswer(null, null, null) : form;
        evaluations.answerByLink(given.token(), given.scores(), given.comment());
        return Response.status(Response.Status.CREATED).entity(new EvaluationViews.Answered(true)).build();
    }
}
