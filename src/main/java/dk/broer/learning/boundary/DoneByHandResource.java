package dk.broer.learning.boundary;

import dk.broer.cohorts.control.Attendances;
import dk.broer.learning.control.Progress;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/** A trainer marks a module, or the workshop, done by hand for a learner who did it on paper; the reason is required. */
@Path("cohorts/{id}/learners/{learner}/done")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class DoneByHandResource {

    public static final String WORKSHOP = "workshop";

    @Inject
    Progress progress;

    @Inject
    Attendances attendances;

    @Inject
    CurrentCaller caller;

    /** module: a module id of the learner's track, or "workshop". */
    public record Done(String module, String reason) {
    }

    @POST
    public Response done(@PathParam("id") long id, @PathParam("learner") long learner, Done done) {
        if (done == null || done.module() == null || done.module().isBlank()) {
            throw ApiProblem.invalid(FieldError.of("module", "progress.module.missing"));
        }
        // A trainer ticking a whole cohort off at once meets Derby's lock conflicts on the shared
        // indexes now and then; each retry is a fresh transaction (Retry).
        if (done.module().equals(WORKSHOP)) {
            Retry.onConflict(() -> attendances.workshopByHand(caller.get(), id, learner, done.reason()));
        } else {
            Retry.onConflict(() -> progress.passByHand(caller.get(), id, learner, done.module(), done.reason()));
        }
        return Response.noContent().build();
    }
}
