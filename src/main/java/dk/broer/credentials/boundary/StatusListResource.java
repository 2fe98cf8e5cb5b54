package dk.broer.credentials.boundary;

import dk.broer.credentials.control.StatusLists;
import dk.broer.people.boundary.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed revocation list, at the stable address every credential names; cached a minute at most. */
@Path("status/revocation")
@RequestScoped
@Public
public class StatusListResource {

    @Inject
    StatusLists lists;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        return Response.ok(lists.current()).cacheControl(Documents.shortCache()).build();
    }
}
