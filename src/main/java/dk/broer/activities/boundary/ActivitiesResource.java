package dk.broer.activities.boundary;

import dk.broer.activities.control.Activities;
import dk.broer.activities.entity.Activity;
import dk.broer.evaluations.boundary.EvaluationViews;
import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.QrCode;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

import static dk.broer.people.entity.Role.COORDINATOR;

/** Events and campaigns, kept by coordinators: their reach, their QR code, and the paper forms typed in. */
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class ActivitiesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Activities activities;

    @Inject
    Evaluations evaluations;

    @Inject
    OutreachViews views;

    @Context
    HttpHeaders headers;

    public record PaperAnswer(Integer form, Map<String, Integer> scores, String comment) {
    }

    public record Typed(List<Integer> typed) {
    }

    public record FormTyped(int form) {
    }

    @GET
    public List<OutreachViews.ActivityView> list() {
        return activities.all().stream().map(this::view).toList();
    }

    @POST
    public Response create(Activities.ActivityForm form) {
        return Response.status(Response.Status.CREATED).entity(view(activities.create(caller.get(), form))).build();
    }

    @GET
    @Path("{id}")
    public OutreachViews.ActivityView one(@PathParam("id") long id) {
        return view(activities.find(id));
    }

    @PUT
    @Path("{id}")
    public OutreachViews.ActivityView update(@PathParam("id") long id, Activities.ActivityForm form) {
        return view(activities.update(id, form));
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Activity activity = activities.find(id);
        String link = views.link(activities.occasion(activity));
        return Response.ok(QrCode.svg(link, Messages.text(language(lang), "activity.qrLabel", activity.title()))).build();
    }

    @GET
    @Path("{id}/questionnaire")
    public EvaluationViews.QuestionnaireView questionnaire(@PathParam("id") long id, @QueryParam("lang") String lang) {
        activities.find(id);
        return EvaluationViews.of(evaluations.questionnaire(OccasionKind.ACTIVITY), language(lang));
    }

    @GET
    @Path("{id}/paper-forms")
    public Typed typed(@PathParam("id") long id) {
        return new Typed(evaluations.typedForms(activities.occasion(activities.find(id)).id()));
    }

    @POST
    @Path("{id}/paper-forms")
    public Response typeIn(@PathParam("id") long id, PaperAnswer answer) {
        PaperAnswer given = answer == null ? new PaperAnswer(null, null, null) : answer;
        long occasion = activities.occasion(activities.find(id)).id();
        Retry.onConflict(() -> {
            evaluations.answerOnPaper(occasion, given.form(), given.scores(), given.comment());
            return null;
        });
        return Response.status(Response.Status.CREATED).entity(new FormTyped(given.form())).build();
    }

    @POST
    @Path("{id}/close")
    public OutreachViews.ActivityView close(@PathParam("id") long id) {
        return view(activities.close(id));
    }

    private OutreachViews.ActivityView view(Activity activity) {
        return views.of(activity, activities.occasion(activity));
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
