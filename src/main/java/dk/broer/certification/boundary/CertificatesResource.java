package dk.broer.certification.boundary;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.CertificatePrinting;
import dk.broer.certification.entity.Award;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
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

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * One certificate, by its code, for staff: its PDF (the cohort's trainers and coordinators), a
 * corrected name that reissues it, and revocation with a reason (coordinators only).
 */
@Path("certificates/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Cohorts cohorts;

    @Inject
    Awards awards;

    @Inject
    CertificatePrinting printing;

    @Context
    HttpHeaders headers;

    public record Correction(String name) {
    }

    public record Revocation(String reason, String publicReason) {
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Allowed({TRAINER, COORDINATOR})
    public Response pdf(@PathParam("code") String code, @QueryParam("lang") String lang) {
        Award award = visible(code);
        Awards.requireHolder(Awards.requireValid(award));
        String language = PdfLanguage.of(lang, headers);
        return PdfLanguage.download(printing.pdf(award, language), "certificate-" + award.code(), language);
    }

    /** A corrected spelling: the certificate is reissued under a new code; the old one is superseded. */
    @POST
    @Path("name")
    @Allowed(COORDINATOR)
    public CertificateViews.Staff correct(@PathParam("code") String code, Correction correction) {
        visible(code);
        return CertificateViews.staff(awards.correctName(code, correction == null ? null : correction.name()), printing);
    }

    @POST
    @Path("revocation")
    @Allowed(COORDINATOR)
    public CertificateViews.Staff revoke(@PathParam("code") String code, Revocation revocation) {
        visible(code);
        Revocation given = revocation == null ? new Revocation(null, null) : revocation;
        return CertificateViews.staff(awards.revoke(code, given.reason(), given.publicReason()), printing);
    }

    /** The award if the caller may see its cohort; else 404, whether or not the code exists. */
    private Award visible(String code) {
        Award award = awards.byCode(code).orElseThrow(() -> ApiProblem.notFound("certificate.notFound"));
        cohorts.visibleTo(caller.get(), award.cohortId());
        return award;
    }
}
