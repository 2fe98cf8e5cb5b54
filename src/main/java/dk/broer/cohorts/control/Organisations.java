package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Organisation;
import dk.broer.cohorts.entity.Sector;
import dk.broer.people.control.AuditLog;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The organisations coordinators keep. Other capabilities ask here whether an organisation
 * exists and is active (a staff account's organisation, later a cohort's); they never read the
 * table themselves.
 */
@ApplicationScoped
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A name and sector as typed; checked before anything is saved. */
    public record Details(String name, String sector) {

        List<FieldError> problems() {
            List<FieldError> problems = new ArrayList<>();
            if (name == null || Organisation.tidy(name).isEmpty()) {
                problems.add(FieldError.of("name", "organisation.name.missing"));
            } else if (Organisation.tidy(name).length() > Organisation.MAX_NAME) {
                problems.add(FieldError.of("name", "organisation.name.tooLong", Organisation.MAX_NAME));
            } else if (Organisation.tidy(name).chars().anyMatch(Character::isISOControl)) {
                problems.add(FieldError.of("name", "organisation.name.control"));
            }
            if (sectorValue().isEmpty()) {
                problems.add(FieldError.of("sector", "organisation.sector.unknown",
                        String.join(", ", Arrays.stream(Sector.values()).map(Sector::code).toList())));
            }
            return problems;
        }

        Optional<Sector> sectorValue() {
            return Arrays.stream(Sector.values()).filter(s -> s.code().equals(sector)).findFirst();
        }
    }

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> findActive(long id) {
        return find(id).filter(Organisation::isActive);
    }

    public List<Organisation> all(boolean includeInactive) {
        return em.createNamedQuery(includeInactive ? Organisation.ALL : Organisation.ACTIVE, Organisation.class)
                .getResultList();
    }

    @Transactional
    public Organisation create(Details details) {
        check(details, null);
        Organisation organisation = new Organisation(details.name(), details.sectorValue().orElseThrow());
        em.persist(organisation);
        flushUnique();
        audit.record("organisation.create", "organisation", organisation.id(),
                "name=" + organisation.name() + "; sector=" + organisation.sector().code());
        return organisation;
    }

    @Transactional
    public Organisation update(long id, Details details) {
        Organisation organisation = existing(id);
        check(details, organisation.id());
        organisation.rename(details.name());
        organisation.moveTo(details.sectorValue().orElseThrow());
        flushUnique();
        audit.record("organisation.update", "organisation", id,
                "name=" + organisation.name() + "; sector=" + organisation.sector().code());
        return organisation;
    }

    @Transactional
    public Organisation setActive(long id, boolean active) {
        Organisation organisation = existing(id);
        if (active) {
            organisation.activate();
        } else {
            organisation.deactivate();
        }
        audit.record(active ? "organisation.activate" : "organisation.deactivate", "organisation", id, null);
        return organisation;
    }

    /** Deleting is for mistakes: once anything refers to an organisation, the database refuses and it is deactivated instead. */
    @Transactional
    public void delete(long id) {
        Organisation organisation = existing(id);
        try {
            em.remove(organisation);
            em.flush();
        } catch (PersistenceException referenced) {
            throw ApiProblem.conflict("organisation.inUse");
        }
        audit.record("organisation.delete", "organisation", id, null);
    }

    /** Two coordinators adding the same name at once: the unique key decides, and the loser hears why. */
    private void flushUnique() {
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            throw ApiProblem.field(409, FieldError.of("name", "organisation.name.taken"));
        }
    }

    private Organisation existing(long id) {
        return find(id).orElseThrow(() -> ApiProblem.notFound("organisation.notFound", id));
    }

    private void check(Details details, Long self) {
        List<FieldError> problems = details.problems();
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        String key = Organisation.keyOf(details.name());
        boolean taken = em.createNamedQuery(Organisation.BY_KEY, Organisation.class).setParameter("key", key)
                .getResultStream().anyMatch(o -> !o.id().equals(self));
        if (taken) {
            throw ApiProblem.field(409, FieldError.of("name", "organisation.name.taken"));
        }
    }
}
