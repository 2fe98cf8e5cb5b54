package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.control.Organisations;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.COORDINATOR;

/** A coordinator's list of everyone an organisation has in its cohorts, to spot and merge duplicates. */
@Path("organisations/{id}/learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class OrganisationLearnersResource {

    @Inject
    Organisations organisations;

    @Inject
    Joining joining;

    @PersistenceContext
    EntityManager em;

    public record CohortRef(long id, String name) {
    }

    public record LearnerView(long id, String name, String phone, String employeeNumber, boolean hasDevice,
                              List<CohortRef> cohorts) {
    }

    @GET
    public List<LearnerView> learners(@PathParam("id") long id) {
        organisations.find(id).orElseThrow(() -> ApiProblem.notFound("organisation.notFound", id));
        Map<Long, Cohort> cohorts = em.createQuery("select c from Cohort c where c.organisationId = :org", Cohort.class)
                .setParameter("org", id).getResultStream().collect(Collectors.toMap(Cohort::id, c -> c));
        Map<Long, List<Enrolment>> byLearner = joining.enrolmentsOfOrganisation(id).stream()
                .collect(Collectors.groupingBy(Enrolment::learnerId));
        return joining.learnersOfOrganisation(id).values().stream().sorted(Comparator.comparing(Learner::name).thenComparing(Learner::id))
                .map(l -> new LearnerView(l.id(), l.name(), l.phone().orElse(null), l.employeeNumber().orElse(null),
                        l.signedInAt().isPresent(), byLearner.get(l.id()).stream()
                        .map(e -> new CohortRef(e.cohortId(), cohorts.get(e.cohortId()).name())).toList()))
                .toList();
    }
}
