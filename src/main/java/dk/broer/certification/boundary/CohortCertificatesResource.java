package dk.broer.certification.boundary;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.CertificatePrinting;
import dk.broer.certification.entity.Award;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
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

import java.util.List;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * A cohort's certificates, for its trainers and the coordinators: who has completed and whether
 * their name is confirmed, confirming on a learner's behalf (one, or everyone left after
 * Monday's workshop), and every valid certificate of the cohort as one print-ready PDF.
 */
@Path("cohorts/{id}/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class CohortCertificatesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Cohorts cohorts;

    @Inject
    Awards awards;

    @Inject
    CertificatePrinting printing;

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    public record Confirmation(Long completion, String name) {
    }

    public record Refused(long completionId, String name, String field, String message) {
    }

    public record Bulk(int issued, List<Refused> refused) {
    }

    @GET
    public List<CertificateViews.Entitlement> list(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = PdfLanguage.of(lang, headers);
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        String track = content.catalogue().track(cohort.trackId()).map(t -> t.title().in(language)).orElse(cohort.trackId());
        return awards.ofCohort(cohort.id()).stream()
                .map(e -> CertificateViews.entitlement(e, track, cohort.name(), printing)).toList();
    }

    /** The trainer confirms (or corrects) one learner's name on their behalf; recorded as such in the audit log. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateViews.Staff confirm(@PathParam("id") long id, Confirmation confirmation) {
        if (confirmation == null || confirmation.completion() == null) {
            throw ApiProblem.invalid(FieldError.of("completion", "certificate.completion.missing"));
        }
        Award award = Retry.onConflict(() -> awards.confirmOnBehalf(caller.get(), id, confirmation.completion(),
                confirmation.name()));
        return CertificateViews.staff(award, printing);
    }

    /** Everyone completed and not yet certified, under their names as Broer has them; names that can't be printed are listed. */
    @POST
    @Path("all")
    public Bulk confirmAll(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = PdfLanguage.of(lang, headers);
        Awards.Bulk done = Retry.onConflict(() -> awards.confirmAll(caller.get(), id));
        return new Bulk(done.issued(), done.refused().stream().map(r -> new Refused(r.completionId(), r.name(),
                r.problem().field(), Messages.text(language, r.problem().key(), r.problem().args().toArray()))).toList());
    }

    /** Every valid certificate of the cohort, alphabetically, one page each, streamed as it is made. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        List<Award> valid = awards.validOfCohort(cohort.id());
        if (valid.isEmpty()) {
            throw ApiProblem.conflict("certificate.batch.none");
        }
        String language = PdfLanguage.of(lang, headers);
        return PdfLanguage.download(printing.batch(valid, language), "certificates-cohort-" + cohort.id(), language);
    }
}
