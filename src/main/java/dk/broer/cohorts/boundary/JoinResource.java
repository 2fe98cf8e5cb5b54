package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.people.boundary.Public;
import dk.broer.people.boundary.SessionCookie;
import dk.broer.people.control.Caller;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.control.Learners;
import dk.broer.people.control.PrivacyNotice;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.QrCode;
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

/**
 * Joining a cohort with its code, from a phone: no e-mail, no password. The code is on a slide,
 * so it may be in the path; what signs a person in (the resume code) never is.
 */
@Path("join/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class JoinResource {

    @Inject
    Joining joining;

    @Inject
    CohortViews views;

    @Inject
    CurrentCaller caller;

    @Inject
    Learners learners;

    @Inject
    PrivacyNotice privacy;

    @Inject
    SessionCookie cookie;

    @Inject
    BaseUrl baseUrl;

    @Context
    HttpHeaders headers;

    public record You(String name) {
    }

    /** The join page: the cohort, the privacy notice, and who this device is signed in as. */
    public record JoinInfo(CohortViews.PublicCohort cohort, PrivacyNotice.Text privacy, You you, boolean signedInAsStaff) {
    }

    public record JoinForm(String name, String phone, String employeeNumber) {
    }

    /** The answer to a join; resumeCode and resumeUrl only for a newcomer, shown to them once. */
    public record JoinResult(CohortViews.PublicCohort cohort, You you, boolean already, String resumeCode, String resumeUrl) {
    }

    @GET
    public JoinInfo cohort(@PathParam("code") String code, @QueryParam("lang") String lang) {
        String language = language(lang);
        Cohort cohort = joining.byCode(code);
        Caller who = caller.get();
        return new JoinInfo(views.publicly(cohort, language), privacy.in(language), you(who), who.isStaff());
    }

    @POST
    public Response join(@PathParam("code") String code, @QueryParam("lang") String lang, JoinForm form) {
        String language = language(lang);
        JoinForm given = form == null ? new JoinForm(null, null, null) : form;
        Joining.Joined joined = Retry.onConflict(() -> joining.join(code, caller.get(),
                new LearnerDetails(given.name(), given.phone(), given.employeeNumber())));
        JoinResult result = new JoinResult(views.publicly(joined.cohort(), language), new You(joined.learner().name()),
                joined.already(), joined.resumeCode(),
                joined.resumeCode() == null ? null : baseUrl.link("resume#" + joined.resumeCode()));
        Response.ResponseBuilder response = Response.status(joined.already() ? 200 : 201).entity(result);
        if (joined.session() != null) {
            response.cookie(cookie.of(joined.session()));
        }
        return response.build();
    }

    /** The QR code a phone scans: it opens this cohort's join page. */
    @GET
    @Path("qr")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("code") String code, @QueryParam("lang") String lang) {
        Cohort cohort = joining.byCode(code);
        String url = views.joinUrl(cohort);
        return Response.ok(QrCode.svg(url, Messages.text(language(lang), "join.qrLabel", url)))
                .header("Cache-Control", "private, max-age=300").build();
    }

    private You you(Caller who) {
        return who.isLearner() ? learners.find(who.id()).map(l -> new You(l.name())).orElse(null) : null;
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
