package dk.broer.evaluations.control;

import dk.broer.evaluations.entity.Occasion;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, closes the occasions whose last day has passed. Each in its own transaction; on
 * several instances, one wins each. The query runs in a transaction too: an entity manager used
 * without one on the housekeeping thread is closed with the task and found closed the next time.
 */
@ApplicationScoped
public class DueReleases {

    private static final Logger LOG = Logger.getLogger(DueReleases.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Release release;

    Clock clock = Clock.systemUTC();

    @jakarta.transaction.Transactional
    void releaseDue(@Observes Housekeeping.Due due) {
        List<Long> ids = em.createNamedQuery(Occasion.DUE, Long.class)
                .setParameter("today", Copenhagen.today(clock)).getResultList();
        for (long id : ids) {
            try {
                release.release(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Releasing the answers of occasion " + id + " failed; it is tried again in an hour", e);
            }
        }
    }
}
