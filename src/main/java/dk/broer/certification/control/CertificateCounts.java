package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardIssued;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * broer_certificates_issued_total and broer_verifications_total at /metrics.
 * <p>
 * Issued counts first editions only, as the reach report does: a certificate for a completed
 * track, or a consultant's certification. A reissue under a corrected name and a renewal are later
 * editions of the same award and do not count. It is counted once the issuing transaction has
 * committed (two confirmations at once make one award; the loser is rolled back).
 * <p>
 * Verifications count certificates found by their code on the public verify page or API (the page,
 * and the credential handed out there), whatever their status; wrong codes do not count.
 */
@ApplicationScoped
public class CertificateCounts {

    @Inject
    MetricRegistry registry;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Counter issued;
    private Counter verifications;

    @PostConstruct
    void register() {
        issued = registry.counter(Metadata.builder().withName("broer.certificates.issued")
                .withDescription("Certificates issued (first editions; reissues and renewals not counted)").build());
        verifications = registry.counter(Metadata.builder().withName("broer.verifications")
                .withDescription("Certificates looked up by their code on the public verify page or API").build());
    }

    /** Makes the counters at start (see {@link #register()}), so they read 0 rather than missing. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // registered by @PostConstruct
    }

    /**
     * Runs inside the issuing transaction, where the new award is in the persistence context (no
     * query), because only there can its edition be read; the count waits for the commit.
     */
    void onIssued(@Observes AwardIssued event) {
        Award award = em.find(Award.class, event.awardId());
        if (award == null || award.edition() != 1) {
            return;
        }
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            issued.inc();
        } else if (status == Status.STATUS_ACTIVE) { // one bound to roll back issues nothing
            transactions.registerInterposedSynchronization(afterCommit(issued));
        }
    }

    private static Synchronization afterCommit(Counter counter) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.inc();
                }
            }
        };
    }

    void verified() {
        verifications.inc();
    }
}
