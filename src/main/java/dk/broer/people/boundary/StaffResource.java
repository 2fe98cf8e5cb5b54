package dk.broer.people.boundary;

import dk.broer.people.boundary.Views.AccountView;
import dk.broer.people.boundary.Views.CreatedView;
import dk.broer.people.boundary.Views.LinkView;
import dk.broer.people.control.AccountDetails;
import dk.broer.people.control.StaffAccounts;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static dk.broer.people.entity.Role.ADMIN;

/**
 * Admins keep the staff accounts: create one with roles (the answer holds a one-time link for
 * the person to set their own password), change roles, deactivate, and make a new password
 * link. No one ever sees or sets another person's password.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(ADMIN)
public class StaffResource {

    @Inject
    StaffAccounts accounts;

    @GET
    public List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @GET
    @Path("{id}")
    public AccountView one(@PathParam("id") long id) {
        return accounts.find(id).map(AccountView::of).orElseThrow(() -> ApiProblem.notFound("account.notFound", id));
    }

    @POST
    public Response create(AccountDetails details) {
        StaffAccounts.Created created = accounts.create(orEmpty(details));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedView(AccountView.of(created.account()), LinkView.of(created.link()))).build();
    }

    /** Display name, e-mail, roles and organisation; the username stays. */
    @PUT
    @Path("{id}")
    public AccountView update(@PathParam("id") long id, AccountDetails details) {
        return AccountView.of(accounts.update(id, orEmpty(details)));
    }

    @POST
    @Path("{id}/deactivate")
    public AccountView deactivate(@PathParam("id") long id) {
        return AccountView.of(accounts.setActive(id, false));
    }

    @POST
    @Path("{id}/activate")
    public AccountView activate(@PathParam("id") long id) {
        return AccountView.of(accounts.setActive(id, true));
    }

    @POST
    @Path("{id}/password-link")
    public LinkView passwordLink(@PathParam("id") long id) {
        return LinkView.of(accounts.passwordLink(id));
    }

    private static AccountDetails orEmpty(AccountDetails details) {
        return details == null ? new AccountDetails(null, null, null, null, null) : details;
    }
}
