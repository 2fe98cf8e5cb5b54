package dk.broer.privacy.control;

import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Learners;
import dk.broer.platform.control.ApiProblem;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.Erasing.CertificateChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Erases a learner (GDPR art. 17) in one transaction: each capability removes or anonymises its
 * part (see {@link Erasing}). The audit log records that it happened and what became of the
 * certificates, never whom it was about.
 */
@ApplicationScoped
public class Erasure {

    @Inject
    Learners learners;

    @Inject
    Event<Erasing> erasing;

    @Inject
    AuditLog audit;

    /** On a coordinator's request, after their confirmation. */
    @Transactional
    public Erasing.Tally erase(long learnerId, Optional<CertificateChoice> certificates) {
        Erasing.Tally tally = eraseNow(learnerId, certificates);
        audit.record("person.erased", "learner", null, detail(tally));
        return tally;
    }

    /** By the retention run: certificates stay valid, without the name. */
    @Transactional
    public Erasing.Tally eraseInactive(long learnerId) {
        Erasing.Tally tally = eraseNow(learnerId, Optional.of(CertificateChoice.KEEP));
        audit.recordBySystem("person.erased", "learner", null, "retention: inactive; " + detail(tally));
        return tally;
    }

    private Erasing.Tally eraseNow(long learnerId, Optional<CertificateChoice> certificates) {
        learners.find(learnerId).orElseThrow(() -> ApiProblem.notFound("person.notFound", learnerId));
        Erasing event = new Erasing(learnerId, certificates, new Erasing.Tally());
        erasing.fire(event);
        return event.tally();
    }

    private static String detail(Erasing.Tally tally) {
        return "certificates kept valid: " + tally.keptCount() + ", revoked: " + tally.revokedCount();
    }
}
