package dk.broer.evaluations.boundary;

import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.control.Results;
import dk.broer.evaluations.control.SuppressionThreshold;
import dk.broer.evaluations.entity.Answer;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.people.boundary.Allowed;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.COORDINATOR;

/**
 * The results of closed occasions, suppressed under the threshold: the first table of the reach
 * report, which the reporting issue grows around it. Only coordinators and admins read results.
 */
@Path("reach/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({COORDINATOR, ADMIN})
public class EvaluationResultsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Evaluations evaluations;

    @Inject
    SuppressionThreshold threshold;

    @Context
    HttpHeaders headers;

    public record ResultsReport(int threshold, List<EvaluationViews.ResultView> occasions) {
    }

    @GET
    public ResultsReport results(@QueryParam("lang") String lang) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        int limit = threshold.value();
        List<EvaluationViews.ResultView> views = em.createNamedQuery(Occasion.RELEASED, Occasion.class).getResultStream()
                .map(o -> Results.of(o, evaluations.questionnaire(o.kind()),
                        em.createNamedQuery(Answer.OF_OCCASION, Answer.class).setParameter("occasion", o.id()).getResultList(), limit))
                .map(r -> EvaluationViews.of(r, language)).toList();
        return new ResultsReport(limit, views);
    }
}
