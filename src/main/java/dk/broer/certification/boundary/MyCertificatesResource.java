package dk.broer.certification.boundary;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.CertificatePrinting;
import dk.broer.certification.entity.Award;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

import static dk.broer.people.entity.Role.LEARNER;

/**
 * A learner's own certificates: each completed track, the name to confirm before it is issued,
 * and the PDF in Danish or English. Nobody else's: a code of someone else's award is "not found".
 */
@Path("me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(LEARNER)
public class MyCertificatesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Awards awards;

    @Inject
    CertificatePrinting printing;

    @Inject
    ContentCatalogue content;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    /** A completed track: the name Broer will print (to confirm or correct), and the certificate once issued. */
    public record Completed(long completionId, long cohortId, String track, String cohort, java.time.LocalDate completedOn, String name,
                            CertificateViews.Mine certificate) {
    }

    public record Confirmation(Long completion, String name) {
    }

    @GET
    public List<Completed> mine(@QueryParam("lang") String lang) {
        String language = PdfLanguage.of(lang, headers);
        return awards.ofLearner(caller.get().id()).stream().map(e -> new Completed(e.completion().id(), e.completion().cohortId(),
                content.catalogue().track(e.completion().trackId()).map(t -> t.title().in(language)).orElse(e.completion().trackId()),
                em.find(Cohort.class, e.completion().cohortId()).name(), CertificateViews.day(e.completion().completedAt()),
                e.learner().name(), e.award().map(a -> CertificateViews.mine(a, language, printing)).orElse(null))).toList();
    }

    /** "Yes, print my name like this": issues the certificate (once, however often it is sent). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateViews.Mine confirm(Confirmation confirmation, @QueryParam("lang") String lang) {
        if (confirmation == null || confirmation.completion() == null) {
            throw ApiProblem.invalid(FieldError.of("completion", "certificate.completion.missing"));
        }
        Award award = Retry.onConflict(() -> awards.confirmOwn(caller.get(), confirmation.completion(), confirmation.name()));
        return CertificateViews.mine(award, PdfLanguage.of(lang, headers), printing);
    }

    /** My signed credential, to put in a wallet or hand to an employer's software. */
    @GET
    @Path("{code}/credential")
    public Response credential(@PathParam("code") String code, @QueryParam("lang") String lang) {
        Award award = awards.byCode(code).filter(a -> a.heldBy(caller.get().id()))
                .orElseThrow(() -> ApiProblem.notFound("certificate.notFound"));
        return CertificateViews.credential(award, PdfLanguage.of(lang, headers));
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code, @QueryParam("lang") String lang) {
        Award award = awards.byCode(code).filter(a -> a.heldBy(caller.get().id()))
                .orElseThrow(() -> ApiProblem.notFound("certificate.notFound"));
        Awards.requireValid(award);
        String language = PdfLanguage.of(lang, headers);
        return PdfLanguage.download(printing.pdf(award, language), "certificate-" + award.code(), language);
    }
}
