package dk.broer.privacy.boundary;

import dk.broer.people.boundary.Allowed;
import dk.broer.privacy.control.Inventory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static dk.broer.people.entity.Role.ADMIN;

/** The record of processing (GDPR art. 30), as the capabilities declare it. */
@Path("privacy/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(ADMIN)
public class ProcessingResource {

    @Inject
    Inventory inventory;

    @Inject
    Controller controller;

    @GET
    public PrivacyViews.Record record() {
        return PrivacyViews.record(controller.name(), controller.contact().orElse(null), inventory);
    }
}
