package dk.broer.certification.boundary;

import dk.broer.certification.control.Verification;
import dk.broer.people.boundary.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public verification, no sign-in: what the QR code and the typed code lead to. Not cached: a
 * certificate revoked a minute ago must not show as valid.
 */
@Path("verify/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class VerifyResource {

    @Inject
    Verification verification;

    @Context
    HttpHeaders headers;

    /** The signed credential behind the certificate (Open Badges 3.0), to hand to software that checks it. */
    @GET
    @Path("credential")
    public Response credential(@PathParam("code") String code, @QueryParam("lang") String lang) {
        String language = PdfLanguage.of(lang, headers);
        return CertificateViews.credential(verification.check(code), language);
    }

    @GET
    public Response verify(@PathParam("code") String code, @QueryParam("lang") String lang) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(CertificateViews.verified(verification.check(code), PdfLanguage.of(lang, headers)))
                .cacheControl(noStore).build();
    }
}
