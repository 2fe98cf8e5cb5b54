package dk.broer.people.boundary;

import dk.broer.people.control.AccountDetails;
import dk.broer.people.control.AccountLinks;
import dk.broer.people.control.StaffAccounts;
import dk.broer.people.entity.AccountLink;
import dk.broer.people.entity.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * What a one-time link does. Its token comes in the body (the page reads it from the URL
 * fragment), never in a path or query, so it reaches no access log.
 */
@Path("links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class LinksResource {

    @Inject
    AccountLinks links;

    @Inject
    StaffAccounts accounts;

    public record Token(String token) {
    }

    public record NewPassword(String token, String password) {
    }

    public record FirstAdmin(String token, String username, String displayName, String email, String password) {
    }

    /** For the page: what the link is for, and whose it is (their username, to sign in with later). */
    public record LinkInfo(String purpose, String username, String displayName, Instant expiresAt) {
    }

    @POST
    @Path("inspect")
    @Transactional
    public LinkInfo inspect(Token token) {
        AccountLink link = links.open(token == null ? null : token.token());
        StaffAccount account = link.accountId().flatMap(accounts::find).orElse(null);
        return new LinkInfo(link.purpose().name().toLowerCase(), account == null ? null : account.username(),
                account == null ? null : account.displayName(), link.expiresAt());
    }

    @POST
    @Path("password")
    public Response setPassword(NewPassword body) {
        NewPassword given = body == null ? new NewPassword(null, null) : body;
        StaffAccount account = accounts.setPasswordByLink(given.token(), given.password());
        return Response.ok(new LinkInfo("done", account.username(), account.displayName(), null)).build();
    }

    @POST
    @Path("setup")
    public Response setUp(FirstAdmin body) {
        FirstAdmin given = body == null ? new FirstAdmin(null, null, null, null, null) : body;
        StaffAccount admin = accounts.setUp(given.token(),
                new AccountDetails(given.username(), given.displayName(), given.email(), null, null), given.password());
        return Response.status(Response.Status.CREATED)
                .entity(new LinkInfo("done", admin.username(), admin.displayName(), null)).build();
    }
}
