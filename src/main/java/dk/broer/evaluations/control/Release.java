package dk.broer.evaluations.control;

import dk.broer.evaluations.entity.Answer;
import dk.broer.evaluations.entity.AnswerMark;
import dk.broer.evaluations.entity.AnswersReleased;
import dk.broer.evaluations.entity.HeldAnswer;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.platform.control.Copenhagen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Closes an occasion and releases its held answers to the results, all in one transaction: claim
 * the occasion (one conditional update, so one instance of several does it), open every held
 * answer, write them in an order that depends on the answers only, each with a fresh random id,
 * and forget the held rows and the marks. See {@link Holding} for what this protects against.
 */
@ApplicationScoped
public class Release {

    @PersistenceContext
    EntityManager em;

    @Inject
    SealingKeys keys;

    @Inject
    Event<AnswersReleased> released;

    Clock clock = Clock.systemUTC();

    /** @return false when the occasion was already closed (perhaps by another instance a moment ago) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(long occasionId) {
        if (em.createNamedQuery(Occasion.CLAIM).setParameter("id", occasionId)
                .setParameter("today", Copenhagen.today(clock)).executeUpdate() == 0) {
            return false;
        }
        Occasion occasion = em.find(Occasion.class, occasionId);
        List<AnswerContent> answers = em.createNamedQuery(HeldAnswer.OF_OCCASION, HeldAnswer.class)
                .setParameter("occasion", occasionId).getResultStream()
                .map(held -> keys.of(held.keyId()).open(occasionId, new Sealing.Sealed(held.keyId(), held.iv(), held.sealed())))
                .sorted(Comparator.comparing(AnswerContent::order)).toList();
        em.createNamedQuery(HeldAnswer.FORGET).setParameter("occasion", occasionId).executeUpdate();
        em.createNamedQuery(AnswerMark.FORGET).setParameter("occasion", occasionId).executeUpdate();
        for (AnswerContent answer : answers) {
            em.persist(new Answer(UUID.randomUUID().toString(), occasionId, occasion.week(), answer.scores(), answer.comment()));
            // One insert at a time, so the rows land in the order above and not in one the JPA provider picks.
            em.flush();
        }
        released.fire(new AnswersReleased(occasionId, occasion.kind(), answers.size()));
        return true;
    }
}
