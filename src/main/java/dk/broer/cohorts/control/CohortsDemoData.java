package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Organisation;
import dk.broer.cohorts.entity.Sector;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Invented organisations for the demo: one of each kind whose staff the programme trains. */
@ApplicationScoped
public class CohortsDemoData {

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("Fjordlinjen Bus A/S", Sector.TRANSPORT),
            new Organisation("Natklub Lygten 7", Sector.NIGHTLIFE),
            new Organisation("Butik Sølvgade Syd", Sector.RETAIL),
            new Organisation("Hotel Havnelys", Sector.HOSPITALITY),
            new Organisation("Foreningen Bro i Husum", Sector.CIVIL_SOCIETY));

    @PersistenceContext
    EntityManager em;

    @Transactional
    void add(@Observes DemoDataRequested request) {
        if (em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult() == 0) {
            ORGANISATIONS.forEach(o -> em.persist(new Organisation(o.name(), o.sector())));
        }
    }
}
