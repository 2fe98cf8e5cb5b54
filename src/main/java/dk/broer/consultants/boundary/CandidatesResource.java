package dk.broer.consultants.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.consultants.control.Candidates;
import dk.broer.consultants.control.Requirements;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/** A dialogue cohort's candidates for its trainers: how far each has come, without the assessors' notes. */
@Path("cohorts/{id}/candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class CandidatesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    Candidates candidates;

    public record Candidate(long learnerId, String name, String status, int requirementsMet, int requirements, int modulesPassed,
                            int modules) {
    }

    @GET
    public List<Candidate> list(@PathParam("id") long id) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        return joining.enrolments(cohort.id()).stream().map(e -> candidates.of(e.learnerId()))
                .flatMap(java.util.Optional::stream).filter(c -> c.cohort().id().equals(cohort.id())).map(c -> {
                    Requirements.Readiness r = candidates.readiness(c);
                    return new Candidate(c.learner().id(), c.learner().name(), c.candidacy().status().code(),
                            (int) r.practice().stream().filter(Requirements.Standing::met).count(), r.practice().size(),
                            c.enrolment().modules().size() - r.missingModules().size(), c.enrolment().modules().size());
                }).toList();
    }
}
