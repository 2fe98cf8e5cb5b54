package dk.broer.people.control;

import dk.broer.people.entity.Learner;
import dk.broer.people.entity.LearnersMerged;
import dk.broer.people.entity.ResumeCode;
import dk.broer.people.entity.SubjectKind;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Learners: made when they join (or a trainer adds them), each with a personal resume code that
 * is shown once and stored only as its keyed hash. Reissuing the code voids the old one and signs
 * the learner out everywhere.
 */
@ApplicationScoped
public class Learners {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<LearnersMerged> merged;

    Clock clock = Clock.systemUTC();

    /** A learner with their resume code in the clear: to be shown (or printed) once, then gone. */
    public record WithCode(Learner learner, String resumeCode) {
    }

    /** Checked details or a 400 naming every field at fault; nothing is saved. */
    public static void check(LearnerDetails details) {
        List<dk.broer.platform.control.FieldError> problems = details.problems();
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WithCode create(LearnerDetails details) {
        check(details);
        String code = ResumeCode.random();
        Learner learner = new Learner(details.tidyName(), details.tidyPhone().orElse(null),
                details.tidyEmployeeNumber().orElse(null), tokens.hash(code), clock.instant());
        em.persist(learner);
        em.flush();
        return new WithCode(learner, code);
    }

    public Optional<Learner> find(long id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    /** Signs a device in as this learner, and remembers that they have one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Sessions.Started signIn(Learner learner) {
        learner.signedIn(clock.instant());
        return sessions.start(SubjectKind.LEARNER, learner.id());
    }

    /** The learner an employer's list means by this employee number, if Broer knows them. */
    public Optional<Learner> byEmployeeNumber(long organisationId, String employeeNumber) {
        return em.createNamedQuery(Learner.BY_EMPLOYEE_NUMBER, Learner.class).setParameter("organisation", organisationId)
                .setParameter("number", employeeNumber).setMaxResults(1).getResultStream().findFirst();
    }

    /** The learner a typed resume code belongs to; the caller throttles. */
    public Optional<Learner> byResumeCode(String typed) {
        return ResumeCode.normalise(typed).flatMap(code -> em.createNamedQuery(Learner.BY_RESUME_CODE, Learner.class)
                .setParameter("hash", tokens.hash(code)).getResultStream().findFirst());
    }

    /**
     * Merges a duplicate into the record kept: the kept record's details win, gaps are filled
     * from the duplicate, every capability moves its rows (LearnersMerged), and the duplicate,
     * with its sessions and code, is gone.
     */
    @Transactional
    public Learner merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw ApiProblem.invalid(dk.broer.platform.control.FieldError.of("duplicate", "learner.mergeSelf"));
        }
        Learner kept = find(keptId).orElseThrow(() -> ApiProblem.notFound("learner.notFound", keptId));
        Learner duplicate = find(duplicateId).orElseThrow(() -> ApiProblem.notFound("learner.notFound", duplicateId));
        kept.absorb(duplicate);
        merged.fire(new LearnersMerged(keptId, duplicateId));
        sessions.endAll(SubjectKind.LEARNER, duplicateId);
        em.remove(duplicate);
        audit.record("learner.merge", "learner", keptId, "merged=" + duplicateId);
        return kept;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WithCode reissueCode(long learnerId) {
        Learner learner = find(learnerId).orElseThrow(() -> ApiProblem.notFound("learner.notFound", learnerId));
        String code = ResumeCode.random();
        learner.replaceResumeCode(tokens.hash(code));
        sessions.endAll(SubjectKind.LEARNER, learnerId);
        return new WithCode(learner, code);
    }
}
