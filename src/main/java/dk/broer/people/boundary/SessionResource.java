package dk.broer.people.boundary;

import dk.broer.people.boundary.Views.SessionView;
import dk.broer.people.control.Caller;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.control.Sessions;
import dk.broer.people.control.StaffAccounts;
import dk.broer.people.control.StaffSignIn;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.SignInSession;
import dk.broer.people.entity.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** Signing in and out, and who this browser is signed in as. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    StaffSignIn signIn;

    @Inject
    Sessions sessions;

    @Inject
    StaffAccounts accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    SessionCookie cookie;

    public record SignIn(String username, String password) {
    }

    @GET
    @Public
    public SessionView current() {
        return view(caller.get());
    }

    /** Staff sign in with username and password; the answer sets the session cookie. */
    @POST
    @Public
    public Response signIn(SignIn body) {
        SignIn given = body == null ? new SignIn(null, null) : body;
        Sessions.Started started = signIn.signIn(given.username(), given.password());
        Caller signedIn = sessions.check(started.token()).orElseThrow();
        return Response.ok(view(signedIn)).cookie(cookie.of(started)).build();
    }

    /** Signs this device out ("not me" on a shared tablet too). Harmless when nobody is signed in. */
    @DELETE
    @Public
    public Response signOut() {
        sessions.end(caller.get());
        return Response.noContent().cookie(cookie.cleared()).build();
    }

    private SessionView view(Caller who) {
        if (!who.signedIn()) {
            return SessionView.NOBODY;
        }
        Optional<SignInSession> session = sessions.describe(who);
        if (who.isStaff()) {
            StaffAccount account = accounts.find(who.id()).orElseThrow();
            return new SessionView(true, "staff", who.id(), account.displayName(), account.username(),
                    who.roles().stream().map(Role::code).sorted().toList(), who.organisationId(),
                    session.map(SignInSession::expiresAt).orElse(null));
        }
        return new SessionView(true, "learner", who.id(), null, null, java.util.List.of(Role.LEARNER.code()), null,
                session.map(SignInSession::expiresAt).orElse(null));
    }
}
