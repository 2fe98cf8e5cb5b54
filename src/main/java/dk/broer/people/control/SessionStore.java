package dk.broer.people.control;

import dk.broer.people.entity.Learner;
import dk.broer.people.entity.SignInSession;
import dk.broer.people.entity.StaffAccount;
import dk.broer.people.entity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** The sign-in sessions in the database: every instance reads and writes the same rows. */
@ApplicationScoped
public class SessionStore {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public SignInSession create(String tokenHash, SubjectKind kind, long subjectId, Instant now) {
        SignInSession session = new SignInSession(tokenHash, kind, subjectId, now);
        em.persist(session);
        return session;
    }

    /**
     * The caller a session stands for, if it is still valid and its person may still sign in.
     * Writes only when "last seen" is a minute old, or to remove an expired session.
     */
    @Transactional
    public Optional<Caller> caller(String tokenHash, Instant now) {
        SignInSession session = em.find(SignInSession.class, tokenHash);
        if (session == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = session.isValidAt(now) ? callerOf(session) : Optional.empty();
        if (caller.isEmpty()) {
            em.remove(session);
        } else if (session.needsTouch(now)) {
            session.touch(now);
        }
        return caller;
    }

    @Transactional
    public Optional<SignInSession> find(String tokenHash) {
        return Optional.ofNullable(em.find(SignInSession.class, tokenHash));
    }

    private Optional<Caller> callerOf(SignInSession session) {
        return switch (session.subjectKind()) {
            case STAFF -> Optional.ofNullable(em.find(StaffAccount.class, session.subjectId()))
                    .filter(StaffAccount::isActive)
                    .map(a -> Caller.staff(a.id(), a.roles(), a.organisationId().orElse(null), session.tokenHash()));
            case LEARNER -> Optional.ofNullable(em.find(Learner.class, session.subjectId()))
                    .map(l -> Caller.learner(l.id(), session.tokenHash()));
        };
    }

    @Transactional
    public void end(String tokenHash) {
        Optional.ofNullable(em.find(SignInSession.class, tokenHash)).ifPresent(em::remove);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(SubjectKind kind, long subjectId) {
        return em.createNamedQuery(SignInSession.END_ALL).setParameter("kind", kind).setParameter("id", subjectId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int endOthers(SubjectKind kind, long subjectId, String keepHash) {
        return em.createNamedQuery(SignInSession.END_OTHERS).setParameter("kind", kind).setParameter("id", subjectId)
                .setParameter("keep", keepHash).executeUpdate();
    }

    @Transactional
    public int endExpired(Instant now) {
        int absolute = em.createNamedQuery(SignInSession.END_EXPIRED).setParameter("now", now).executeUpdate();
        // Idle expiry depends on each row's idle time: few rows, so they are checked one by one.
        int idle = 0;
        for (SignInSession session : em.createQuery("select s from SignInSession s where s.lastSeenAt < :since",
                SignInSession.class).setParameter("since", now.minus(SubjectKind.STAFF.idle())).getResultList()) {
            if (!session.isValidAt(now)) {
                em.remove(session);
                idle++;
            }
        }
        return absolute + idle;
    }
}
