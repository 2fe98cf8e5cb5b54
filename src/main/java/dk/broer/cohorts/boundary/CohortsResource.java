package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.CohortDetails;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Imports;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.control.MeetingDetails;
import dk.broer.cohorts.control.Slips;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.entity.Learner;
import dk.broer.platform.boundary.BodyLimit;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.QrCode;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * Cohorts for the people who run them: a trainer's own, every one for a coordinator (another
 * trainer's cohort answers 404). Meetings, the join code, and the learners in it.
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class CohortsResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    CohortViews views;

    @Inject
    Imports imports;

    @Inject
    Slips slips;

    @Inject
    CurrentCaller caller;

    @Inject
    BaseUrl baseUrl;

    @Context
    HttpHeaders headers;

    /** A learner added by hand, with the resume code to give them (shown once). */
    public record Added(CohortViews.LearnerInCohort learner, String resumeCode, String resumeUrl) {
    }

    public record NewCode(String resumeCode, String resumeUrl) {
    }

    /** The caller's cohorts (a coordinator's: all), filtered by organisation, district, track and status. */
    @GET
    public List<CohortViews.CohortView> mine(@QueryParam("lang") String lang, @QueryParam("organisation") Long organisation,
                                             @QueryParam("district") String district, @QueryParam("track") String track,
                                             @QueryParam("status") String status) {
        String language = language(lang);
        LocalDate today = Copenhagen.today(java.time.Clock.systemUTC());
        return cohorts.visibleTo(caller.get()).stream()
                .filter(c -> organisation == null || c.organisationId() == organisation)
                .filter(c -> blank(district) || c.districtCode().equals(district))
                .filter(c -> blank(track) || c.trackId().equals(track))
                .filter(c -> blank(status) || c.status(today).code().equals(status))
                .map(c -> views.of(c, List.of(), language)).toList();
    }

    /** Reads an employer's list and says what would happen to every row; saves nothing. */
    @POST
    @Path("{id}/import/preview")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(kibibytes = 1024)
    public ImportViews.Preview previewImport(@PathParam("id") long id, @QueryParam("lang") String lang, byte[] file) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        return ImportViews.of(imports.preview(cohort, file), cohort, language(lang));
    }

    /** Imports every row of the list, or none (400 naming each refused row). */
    @POST
    @Path("{id}/import")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(kibibytes = 1024)
    public Imports.Imported runImport(@PathParam("id") long id, byte[] file) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        return Retry.onConflict(() -> imports.run(cohort, file));
    }

    public record SlipRequest(List<Long> learners) {
    }

    /** Code slips for chosen learners: each gets a new resume code, printed with its QR. */
    @POST
    @Path("{id}/slips")
    public List<SlipView> slips(@PathParam("id") long id, @QueryParam("lang") String lang, SlipRequest request) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        String language = language(lang);
        return slips.issue(cohort, request == null ? null : request.learners()).stream().map(s -> new SlipView(s.learnerId(),
                s.name(), s.code(), s.resumeUrl(), QrCode.svg(s.resumeUrl(), Messages.text(language, "slips.qrLabel")))).toList();
    }

    public record SlipView(long learnerId, String name, String resumeCode, String resumeUrl, String qrSvg) {
    }

    /** Trainers a cohort can be given (for the cohort form). */
    @GET
    @Path("trainers")
    public List<CohortViews.TrainerRef> trainers() {
        return cohorts.trainers().stream().map(a -> new CohortViews.TrainerRef(a.id(), a.displayName())).toList();
    }

    @POST
    public Response create(@QueryParam("lang") String lang, CohortDetails details) {
        Cohort cohort = cohorts.create(caller.get(), orEmpty(details));
        return Response.status(Response.Status.CREATED).entity(view(cohort, language(lang))).build();
    }

    @GET
    @Path("{id}")
    public CohortViews.CohortView one(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(cohorts.visibleTo(caller.get(), id), language(lang));
    }

    @PUT
    @Path("{id}")
    public CohortViews.CohortView update(@PathParam("id") long id, @QueryParam("lang") String lang, CohortDetails details) {
        return view(cohorts.update(caller.get(), id, orEmpty(details)), language(lang));
    }

    /** A new join code; the old one stops working. */
    @POST
    @Path("{id}/join-code")
    public CohortViews.CohortView rotateCode(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(cohorts.rotateCode(caller.get(), id), language(lang));
    }

    @POST
    @Path("{id}/joining/close")
    public CohortViews.CohortView closeJoining(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(cohorts.setJoining(caller.get(), id, false), language(lang));
    }

    @POST
    @Path("{id}/joining/open")
    public CohortViews.CohortView openJoining(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(cohorts.setJoining(caller.get(), id, true), language(lang));
    }

    @POST
    @Path("{id}/meetings")
    public Response addMeeting(@PathParam("id") long id, MeetingDetails details) {
        return Response.status(Response.Status.CREATED)
                .entity(CohortViews.meeting(cohorts.addMeeting(caller.get(), id, orEmpty(details)))).build();
    }

    @PUT
    @Path("{id}/meetings/{meeting}")
    public CohortViews.MeetingView moveMeeting(@PathParam("id") long id, @PathParam("meeting") long meeting,
                                               MeetingDetails details) {
        return CohortViews.meeting(cohorts.moveMeeting(caller.get(), id, meeting, orEmpty(details)));
    }

    @POST
    @Path("{id}/meetings/{meeting}/cancel")
    public CohortViews.MeetingView cancelMeeting(@PathParam("id") long id, @PathParam("meeting") long meeting) {
        return CohortViews.meeting(cohorts.cancelMeeting(caller.get(), id, meeting));
    }

    @GET
    @Path("{id}/learners")
    public List<CohortViews.LearnerInCohort> learners(@PathParam("id") long id) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        List<Enrolment> enrolments = joining.enrolments(cohort.id());
        Map<Long, Learner> byId = joining.learnersIn(cohort.id());
        return enrolments.stream().map(e -> CohortViews.learner(e, byId.get(e.learnerId()))).toList();
    }

    @POST
    @Path("{id}/learners")
    public Response addLearner(@PathParam("id") long id, LearnerDetails details) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        LearnerDetails given = details == null ? new LearnerDetails(null, null, null) : details;
        Joining.Joined added = Retry.onConflict(() -> joining.addByHand(cohort, given));
        return Response.status(Response.Status.CREATED).entity(new Added(CohortViews.learner(added.enrolment(),
                added.learner()), added.resumeCode(), resumeUrl(added.resumeCode()))).build();
    }

    /** Takes a learner out of the cohort (the page asks for confirmation first). */
    @DELETE
    @Path("{id}/learners/{learner}")
    public Response removeLearner(@PathParam("id") long id, @PathParam("learner") long learner) {
        joining.remove(cohorts.visibleTo(caller.get(), id), learner);
        return Response.noContent().build();
    }

    /** A new resume code for a learner who lost theirs: the old one and their sessions end. */
    @POST
    @Path("{id}/learners/{learner}/resume-code")
    public NewCode reissueCode(@PathParam("id") long id, @PathParam("learner") long learner) {
        String code = joining.reissueCode(cohorts.visibleTo(caller.get(), id), learner).resumeCode();
        return new NewCode(code, resumeUrl(code));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String resumeUrl(String code) {
        return baseUrl.link("resume#" + code);
    }

    private CohortViews.CohortView view(Cohort cohort, String language) {
        return views.of(cohort, cohorts.meetings(cohort.id()), language);
    }

    private static CohortDetails orEmpty(CohortDetails details) {
        return details == null ? new CohortDetails(null, null, null, null, null, null, null, null, null) : details;
    }

    private static MeetingDetails orEmpty(MeetingDetails details) {
        return details == null ? new MeetingDetails(null, null, null, null) : details;
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
