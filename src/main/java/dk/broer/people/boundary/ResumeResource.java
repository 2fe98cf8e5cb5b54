package dk.broer.people.boundary;

import dk.broer.people.control.ResumeSignIn;
import dk.broer.people.control.Sessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A learner signs in on another device with their personal resume code. The code comes in the
 * body (the page takes it from the URL fragment or from what was typed), never in a path or query.
 */
@Path("resume")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class ResumeResource {

    @Inject
    ResumeSignIn resume;

    @Inject
    SessionCookie cookie;

    public record Code(String code) {
    }

    public record Resumed(boolean signedIn) {
    }

    @POST
    public Response resume(Code body) {
        Sessions.Started started = resume.resume(body == null ? null : body.code());
        return Response.ok(new Resumed(true)).cookie(cookie.of(started)).build();
    }
}
