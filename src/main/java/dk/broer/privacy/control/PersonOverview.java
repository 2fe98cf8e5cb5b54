package dk.broer.privacy.control;

import dk.broer.certification.entity.Award;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a coordinator sees of a person before handing them their data or erasing them: enough to
 * be sure it is the person in front of them, and which certificates the erasure concerns.
 */
@ApplicationScoped
public class PersonOverview {

    public record Person(long id, String name, String phone, String employeeNumber, String organisation,
                         List<CohortShown> cohorts, List<CertificateShown> certificates) {
    }

    public record CohortShown(long id, String name, LocalDate endsOn) {
    }

    public record CertificateShown(String code, String track, String status) {
    }

    @PersistenceContext
    EntityManager em;

    public Person of(long learnerId) {
        Learner learner = Optional.ofNullable(em.find(Learner.class, learnerId))
                .orElseThrow(() -> ApiProblem.notFound("person.notFound", learnerId));
        List<CohortShown> cohorts = em.createNamedQuery(Enrolment.OF_LEARNER, Enrolment.class)
                .setParameter("learner", learnerId).getResultStream()
                .map(e -> em.find(Cohort.class, e.cohortId()))
                .map(c -> new CohortShown(c.id(), c.name(), c.endsOn())).toList();
        List<CertificateShown> certificates = em.createNamedQuery(Award.OF_LEARNER, Award.class)
                .setParameter("learner", learnerId).getResultStream()
                .map(a -> new CertificateShown(a.code(), a.trackTitle("da"), a.status().code())).toList();
        String organisation = learner.organisationId().map(id -> em.find(Organisation.class, id)).map(Organisation::name).orElse(null);
        return new Person(learner.id(), learner.name(), learner.phone().orElse(null), learner.employeeNumber().orElse(null),
                organisation, cohorts, certificates);
    }
}
