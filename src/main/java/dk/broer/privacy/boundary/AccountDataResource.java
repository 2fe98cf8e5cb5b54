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

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.ASSESSOR;
import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.ORGANISATION_CONTACT;
import static dk.broer.people.entity.Role.TRAINER;

/** A member of staff downloads what Broer holds about their own account. */
@Path("account/data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR, ASSESSOR, ADMIN, ORGANISATION_CONTACT})
public class AccountDataResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DataFile file;

    @GET
    public Response download() {
        long id = caller.get().id();
        return file.of(Subject.STAFF, id);
    }
}
