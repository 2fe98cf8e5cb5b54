package dk.broer.activities.control;

import dk.broer.activities.entity.Consultancy;
import dk.broer.evaluations.control.LinkOccasions;
import dk.broer.evaluations.control.Release;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.people.control.Caller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Consultancies as coordinators record them after the advice was given, each with a link that
 * takes one answer per person advised, until some days later (broer.evaluations.consultancy-days).
 */
@ApplicationScoped
public class Consultancies {

    public static final int MAX_PEOPLE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkOccasions occasions;

    @Inject
    Release release;

    @Inject
    @ConfigProperty(name = "broer.evaluations.consultancy-days", defaultValue = "30")
    int consultancyDays;

    Clock clock = Clock.systemUTC();

    public record ConsultancyForm(LocalDate givenOn, String recipient, String district, Integer people) {
    }

    public List<Consultancy> all() {
        return em.createNamedQuery(Consultancy.ALL, Consultancy.class).getResultList();
    }

    public Consultancy find(long id) {
        Consultancy consultancy = em.find(Consultancy.class, id);
        if (consultancy == null) {
            throw ApiProblem.notFound("consultancy.notFound");
        }
        return consultancy;
    }

    public Occasion occasion(Consultancy consultancy) {
        return occasions.of(OccasionKind.CONSULTANCY, consultancy.id());
    }

    @Transactional
    public Consultancy create(Caller caller, ConsultancyForm form) {
        ConsultancyForm f = form == null ? new ConsultancyForm(null, null, null, null) : form;
        OutreachChecks checks = new OutreachChecks(em);
        checks.day("givenOn", f.givenOn());
        if (f.givenOn() != null && f.givenOn().isAfter(Copenhagen.today(clock))) {
            checks.errors.add(FieldError.of("givenOn", "consultancy.givenOn.future"));
        }
        String recipient = checks.text("recipient", f.recipient(), 200);
        checks.district("district", f.district());
        checks.count("people", f.people(), 1, MAX_PEOPLE);
        checks.done();
        Consultancy consultancy = new Consultancy(f.givenOn(), recipient, f.district(), f.people(), caller.id(), clock.instant());
        em.persist(consultancy);
        em.flush();
        // Counted from the day it is recorded: advice recorded a week late still gets its full time for answers.
        occasions.open(consultancy.subject(), f.givenOn(), Copenhagen.today(clock).plusDays(consultancyDays), f.people());
        return consultancy;
    }

    public Consultancy close(long id) {
        Consultancy consultancy = find(id);
        release.release(occasion(consultancy).id());
        return consultancy;
    }
}
