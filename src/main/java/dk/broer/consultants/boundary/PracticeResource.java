package dk.broer.consultants.boundary;

import dk.broer.consultants.control.Candidates;
import dk.broer.consultants.control.Practice;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
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

import java.time.LocalDate;

import static dk.broer.people.entity.Role.LEARNER;

/** A candidate's own practice log, from a phone or a laptop: what counts, what is missing, and asking for assessment. */
@Path("me/practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(LEARNER)
public class PracticeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Candidates candidates;

    @Inject
    Practice practice;

    @Inject
    PracticeViews views;

    @Context
    HttpHeaders headers;

    /** A case analysis typed in: up to 16,000 characters, so more than the default body limit. */
    public record CaseText(LocalDate occurredOn, String text) {
    }

    @GET
    public PracticeViews.Practice mine(@QueryParam("lang") String lang) {
        return views.of(candidates.require(me()), language(lang), false);
    }

    @POST
    @Path("dialogues")
    public Response dialogue(Practice.Dialogue dialogue) {
        return created(practice.addDialogue(me(), dialogue == null ? new Practice.Dialogue(null, null, null, null, null) : dialogue));
    }

    @POST
    @Path("projects")
    public Response project(Practice.Project project) {
        return created(practice.saveProject(me(), null, orEmpty(project)));
    }

    @PUT
    @Path("projects/{id}")
    public PracticeViews.Entry updateProject(@PathParam("id") long id, Practice.Project project) {
        return PracticeViews.entry(practice.saveProject(me(), id, orEmpty(project)));
    }

    @POST
    @Path("supervision")
    public Response supervision(Practice.Supervision session) {
        return created(practice.addSupervision(me(), session == null ? new Practice.Supervision(null, null, null, null) : session));
    }

    @POST
    @Path("case-analysis")
    @dk.broer.platform.boundary.BodyLimit(kibibytes = 128)
    public Response caseText(CaseText given) {
        CaseText body = given == null ? new CaseText(null, null) : given;
        return created(practice.addCaseText(me(), body.occurredOn(), body.text()));
    }

    /** The case analysis as a PDF: the raw bytes, checked to be a PDF; 2 MB at most (the body limit for this path says so too). */
    @POST
    @Path("case-analysis/pdf")
    @Consumes(MediaType.WILDCARD)
    @dk.broer.platform.boundary.BodyLimit(kibibytes = 2048 + 16)
    public Response casePdf(byte[] pdf, @QueryParam("occurredOn") String occurredOn) {
        // Any declared type is taken: the bytes themselves must show a PDF, whatever the browser says the file is.
        return created(practice.addCasePdf(me(), pdf, day(occurredOn)));
    }

    /** Served as an attachment and never sniffed, so a browser never runs what was uploaded. */
    @GET
    @Path("entries/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(practice.casePdf(me(), id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"case-analysis-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("submission")
    public PracticeViews.Practice submit(@QueryParam("lang") String lang) {
        return views.of(practice.submit(me()), language(lang), false);
    }

    @POST
    @Path("renewal")
    public PracticeViews.Practice renewal(@QueryParam("lang") String lang) {
        return views.of(practice.submitRenewal(me()), language(lang), false);
    }

    private static Practice.Project orEmpty(Practice.Project project) {
        return project == null ? new Practice.Project(null, null, null, null, null, null, null, null, null, null, null) : project;
    }

    private static Response created(dk.broer.consultants.entity.PracticeEntry entry) {
        return Response.status(201).entity(PracticeViews.entry(entry)).build();
    }

    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (java.time.format.DateTimeParseException e) {
            throw dk.broer.platform.control.ApiProblem.invalid(dk.broer.platform.control.FieldError.of("occurredOn", "practice.date.missing"));
        }
    }

    private long me() {
        return caller.get().id();
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
