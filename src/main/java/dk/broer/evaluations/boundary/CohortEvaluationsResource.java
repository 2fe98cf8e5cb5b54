package dk.broer.evaluations.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.evaluations.control.CourseOccasions;
import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.control.Release;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * A cohort's evaluations for its trainers: how many have answered, of how many who may, and a way to
 * close an occasion early so its answers reach the results. Never who answered.
 */
@Path("cohorts/{id}/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class CohortEvaluationsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Cohorts cohorts;

    @Inject
    CourseOccasions courses;

    @Inject
    Evaluations evaluations;

    @Inject
    Release release;

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    public record CohortEvaluation(String key, String kind, String title, LocalDate closesOn, int answered, int eligible,
                                   boolean closed) {
    }

    @GET
    public List<CohortEvaluation> list(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        String language = language(lang);
        return courses.of(cohort).stream().map(c -> view(c, language)).toList();
    }

    @POST
    @Path("{key}/close")
    public CohortEvaluation close(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("lang") String lang) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        CourseOccasions.Course course = courses.of(cohort, key);
        Occasion occasion = Retry.onConflict(() -> courses.made(course, evaluations.questionnaire(course.kind()).id()));
        release.release(occasion.id());
        return view(course, language(lang));
    }

    private CohortEvaluation view(CourseOccasions.Course course, String language) {
        Optional<Occasion> occasion = courses.find(course);
        String track = content.catalogue().track(course.cohort().trackId()).map(t -> t.title().in(language))
                .orElse(course.cohort().trackId());
        return new CohortEvaluation(course.key(), course.kind().code(), EvaluationViews.title(course, track, language),
                course.closesOn(), occasion.map(Occasion::answered).orElse(0), courses.eligible(course).size(),
                occasion.filter(Occasion::isReleased).isPresent());
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
