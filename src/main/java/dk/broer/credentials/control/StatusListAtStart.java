package dk.broer.credentials.control;

import dk.broer.platform.control.Retry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At every start the revocation list is signed again from the awards as the database has them.
 * After a restore that is what makes the published list agree with the restored data (a revocation
 * made after the backup is undone in both); otherwise it only refreshes the signature. Right after
 * the keys, so that every later step (demo data, back-fills) finds a current list. Instances
 * starting together queue on the list's row lock; two that find no row yet both insert it, and
 * the loser of that race (a unique-key conflict) simply publishes again.
 */
@ApplicationScoped
class StatusListAtStart {

    static final int ORDER = IssuerKeys.LOAD_ORDER + 10;

    @Inject
    StatusLists lists;

    void publish(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object started) {
        Retry.onConflict(() -> {
            lists.republish();
            return null;
        });
    }
}
