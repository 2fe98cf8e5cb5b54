package dk.broer.people.control;

import dk.broer.people.entity.AuditEntry;
import dk.broer.platform.control.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Writes the audit log: who did what to what, when and from where, in the transaction of the
 * change itself (MANDATORY), so that a change and its entry are saved together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    ClientAddress address;

    Clock clock = Clock.systemUTC();

    /** An action of the signed-in caller of this request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetKind, Object targetId, String detail) {
        Caller who = caller.get();
        em.persist(new AuditEntry(clock.instant(), who.kind().name(), who.signedIn() ? who.id() : null,
                action, targetKind, targetId == null ? null : String.valueOf(targetId), detail, address.value()));
    }

    /** An action a person takes on their own behalf before they have a session (e.g. using a one-time link). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(Caller.Kind kind, long actorId, String action, String targetKind, Object targetId, String detail) {
        em.persist(new AuditEntry(clock.instant(), kind.name(), actorId, action, targetKind,
                targetId == null ? null : String.valueOf(targetId), detail, address.value()));
    }

    /** An action of Broer itself, outside any request (start-up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String action, String targetKind, Object targetId, String detail) {
        em.persist(new AuditEntry(clock.instant(), "SYSTEM", null, action, targetKind,
                targetId == null ? null : String.valueOf(targetId), detail, null));
    }
}
