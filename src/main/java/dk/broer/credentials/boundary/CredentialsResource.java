package dk.broer.credentials.boundary;

import dk.broer.credentials.control.Credentials;
import dk.broer.people.boundary.Public;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A credential at its own id (a random UUID, so only those who were given it find it), in the
 * language its id names. It holds no more than the certificate prints, and the holder's name only
 * as a salted hash.
 */
@Path("credentials/{id}/{language}")
@RequestScoped
@Public
public class CredentialsResource {

    @Inject
    Credentials credentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String credential(@PathParam("id") String id, @PathParam("language") String language) {
        return credentials.byId(id).filter(a -> dk.broer.platform.control.Messages.LANGUAGES.contains(language))
                .flatMap(a -> a.credential(language))
                .orElseThrow(() -> ApiProblem.notFound("credential.notFound"));
    }
}
