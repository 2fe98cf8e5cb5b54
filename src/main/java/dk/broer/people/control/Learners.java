package dk.broer.people.control;

import dk.broer.people.entity.Learner;
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
import java.util.Collection;
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

    public List<Learner> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Learner l where l.id in :ids", Learner.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The learner a typed resume code belongs to; the caller throttles. */
    public Optional<Learner> byResumeCode(String typed) {
        return ResumeCode.normalise(typed).flatMap(code -> em.createNamedQuery(Learner.BY_RESUME_CODE, Learner.class)
                .setParameter("hash", tokens.hash(code)).getResultStream().findFirst());
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
