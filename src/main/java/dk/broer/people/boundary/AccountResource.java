package dk.broer.people.boundary;

import dk.broer.people.boundary.Views.AccountView;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.StaffAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.ASSESSOR;
import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.ORGANISATION_CONTACT;
import static dk.broer.people.entity.Role.TRAINER;

/** A member of staff's own account: see it, correct the name, change the password. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR, ASSESSOR, ADMIN, ORGANISATION_CONTACT})
public class AccountResource {

    @Inject
    StaffAccounts accounts;

    @Inject
    CurrentCaller caller;

    public record OwnDetails(String displayName, String email) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    public AccountView mine() {
        return AccountView.of(accounts.find(caller.get().id()).orElseThrow());
    }

    @PUT
    public AccountView update(OwnDetails details) {
        OwnDetails given = details == null ? new OwnDetails(null, null) : details;
        return AccountView.of(accounts.renameSelf(caller.get(), given.displayName(), given.email()));
    }

    /** Needs the current password; signs out the caller's other devices. */
    @PUT
    @Path("password")
    public Response changePassword(PasswordChange change) {
        PasswordChange given = change == null ? new PasswordChange(null, null) : change;
        accounts.changePassword(caller.get(), given.currentPassword(), given.newPassword());
        return Response.noContent().build();
    }
}
