package dk.broer.privacy.boundary;

import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.privacy.entity.Subject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static dk.broer.people.entity.Role.LEARNER;

/** A learner downloads everything Broer holds about them (GDPR art. 15 and 20). */
@Path("me/data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(LEARNER)
public class MyDataResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DataFile file;

    @GET
    public Response download() {
        long id = caller.get().id();
        return file.of(Subject.LEARNER, id);
    }
}
