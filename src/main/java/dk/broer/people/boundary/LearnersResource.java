package dk.broer.people.boundary;

import dk.broer.people.control.Learners;
import dk.broer.people.entity.Learner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static dk.broer.people.entity.Role.COORDINATOR;

/** Coordinators merge two learner records that are the same person, so "people reached" stays true. */
@Path("learners/{id}/merge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class LearnersResource {

    @Inject
    Learners learners;

    public record Merge(Long duplicate) {
    }

    public record Merged(long id, String name) {
    }

    /** Keeps learner {id}; the duplicate's cohorts and progress move to it and the duplicate is gone. */
    @POST
    public Merged merge(@PathParam("id") long id, Merge merge) {
        if (merge == null || merge.duplicate() == null) {
            throw dk.broer.platform.control.ApiProblem.invalid(dk.broer.platform.control.FieldError.of("duplicate", "learner.mergeWhich"));
        }
        Learner kept = learners.merge(id, merge.duplicate());
        return new Merged(kept.id(), kept.name());
    }
}
