package dk.broer.evaluations.control;

import dk.broer.evaluations.entity.AnswerMark;
import dk.broer.evaluations.entity.HeldAnswer;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.PaperForm;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Takes an answer and holds it until its occasion closes. The threat is an admin who can read
 * every table (and the database's own files and logs); against each way to link an answer to the
 * person who gave it:
 * <ul>
 *   <li><b>Same row or id</b>: the answer is never stored with the enrolment, learner or session. The
 *       "has answered" mark ({@link AnswerMark}) is the occasion and the enrolment only; the released
 *       answer has a fresh random UUID that appears nowhere else (not even the held row's id).</li>
 *   <li><b>Same transaction, neighbouring rows, insert order</b>: the mark and the held answer are
 *       written together, so they are linkable, but the held answer is sealed (AES-256-GCM under a
 *       key derived from the issuer key file, not in the database, padded to one length): linkable
 *       and unreadable. When the occasion closes, {@link Release} opens all its held answers and writes
 *       them in one transaction, in an order that depends on the answers only, deletes the held rows
 *       and the marks. After that nothing says who answered, let alone what.</li>
 *   <li><b>Time</b>: no column records when anything happened; an answer carries the week of its
 *       occasion (the same for all its answers), not the week it was given, since completion times
 *       in other tables would otherwise narrow it down.</li>
 *   <li><b>Counts</b>: staff see how many answered, never who; results of fewer answers than the
 *       suppression threshold are not shown.</li>
 * </ul>
 * What remains: someone who holds the key file and its passphrase as well as the database can open
 * held answers before release (they run the server and could change its code anyway); someone who
 * copies the database both before and after a release, for an occasion where only one person
 * answered, knows that person's answer (the results never show it, being under the threshold); the
 * web server's access log shows when a learner sent an answer, never its content.
 */
@ApplicationScoped
public class Holding {

    @PersistenceContext
    EntityManager em;

    @Inject
    SealingKeys keys;

    /** A learner's answer, once per enrolment and occasion. */
    @Transactional
    public void fromLearner(Occasion occasion, long enrolmentId, AnswerContent answer) {
        if (em.find(AnswerMark.class, new AnswerMark.Key(occasion.id(), enrolmentId)) != null) {
            throw ApiProblem.conflict("evaluation.already");
        }
        take(occasion);
        em.persist(new AnswerMark(occasion.id(), enrolmentId));
        hold(occasion, answer);
    }

    /** An answer through an activity's or a consultancy's link: each one uses up one of the link's answers. */
    @Transactional
    public void fromLink(Occasion occasion, AnswerContent answer) {
        take(occasion);
        hold(occasion, answer);
    }

    /** A paper form a coordinator types in: each numbered form once. */
    @Transactional
    public void fromPaper(Occasion occasion, int form, AnswerContent answer) {
        if (em.find(PaperForm.class, new PaperForm.Key(occasion.id(), form)) != null) {
            throw ApiProblem.conflict("evaluation.paper.typed", form);
        }
        take(occasion);
        em.persist(new PaperForm(occasion.id(), form));
        hold(occasion, answer);
    }

    /** One conditional update, so that concurrent answers on several instances never pass the limit. */
    private void take(Occasion occasion) {
        int taken = em.createNamedQuery(Occasion.TAKE).setParameter("id", occasion.id()).executeUpdate();
        if (taken == 0) {
            em.refresh(occasion);
            throw occasion.isReleased() ? ApiProblem.conflict("evaluation.closed") : ApiProblem.conflict("evaluation.full");
        }
    }

    private void hold(Occasion occasion, AnswerContent answer) {
        Sealing.Sealed sealed = keys.current().seal(occasion.id(), answer);
        em.persist(new HeldAnswer(UUID.randomUUID().toString(), occasion.id(), sealed.keyId(), sealed.iv(), sealed.ciphertext()));
    }
}
