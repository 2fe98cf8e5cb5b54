package dk.broer.evaluations.boundary;

import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.evaluations.control.CourseOccasions;
import dk.broer.evaluations.control.Evaluations;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Retry;
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
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static dk.broer.people.entity.Role.LEARNER;

/** The evaluations a learner may answer on their own page: after each meeting, and after completing the track. */
@Path("me/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(LEARNER)
public class MyEvaluationsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    CourseOccasions courses;

    @Inject
    Evaluations evaluations;

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    public record MyEvaluation(String key, String kind, long cohortId, String cohort, String title, LocalDate closesOn,
                               boolean answered) {
    }

    public record MyEvaluationDetail(String key, String kind, String cohort, String title, LocalDate closesOn, boolean answered,
                                     EvaluationViews.QuestionnaireView questionnaire) {
    }

    @GET
    public List<MyEvaluation> list(@QueryParam("lang") String lang) {
        String language = language(lang);
        return courses.openTo(caller.get().id()).stream().map(o -> view(o, language))
                .sorted(Comparator.comparing(MyEvaluation::closesOn).thenComparing(MyEvaluation::key)).toList();
    }

    @GET
    @Path("{key}")
    public MyEvaluationDetail one(@PathParam("key") String key, @QueryParam("lang") String lang) {
        String language = language(lang);
        CourseOccasions.Open open = courses.openTo(caller.get().id(), key);
        MyEvaluation view = view(open, language);
        return new MyEvaluationDetail(view.key(), view.kind(), view.cohort(), view.title(), view.closesOn(), view.answered(),
                EvaluationViews.of(evaluations.questionnaire(open.course().kind()), language));
    }

    @POST
    @Path("{key}")
    public Response answer(@PathParam("key") String key, EvaluationViews.AnswerForm form) {
        EvaluationViews.AnswerForm given = form == null ? new EvaluationViews.AnswerForm(null, null) : form;
        long learner = caller.get().id();
        Retry.onConflict(() -> {
            evaluations.answer(learner, key, given.scores(), given.comment());
            return null;
        });
        return Response.status(Response.Status.CREATED).entity(new EvaluationViews.Answered(true)).build();
    }

    private MyEvaluation view(CourseOccasions.Open open, String language) {
        CourseOccasions.Course course = open.course();
        String track = content.catalogue().track(open.enrolment().trackId()).map(t -> t.title().in(language))
                .orElse(open.enrolment().trackId());
        return new MyEvaluation(course.key(), course.kind().code(), course.cohort().id(), course.cohort().name(),
                EvaluationViews.title(course, track, language), course.closesOn(), open.answered());
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
