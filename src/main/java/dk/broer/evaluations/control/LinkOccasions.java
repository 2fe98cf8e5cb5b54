package dk.broer.evaluations.control;

import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * The occasions answered through a link: an activity's and a consultancy's. The link holds a
 * 256-bit random token, kept as it is (not hashed) so that the coordinator can print its QR code
 * again; it lets someone add anonymous answers up to the limit and nothing else, and stops working
 * when the occasion closes.
 */
@ApplicationScoped
public class LinkOccasions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Evaluations evaluations;

    public Occasion open(Occasion.Subject subject, LocalDate opensOn, LocalDate closesOn, int limit) {
        Occasion occasion = Occasion.withLink(subject, evaluations.questionnaire(subject.kind()).id(), opensOn, closesOn, limit,
                Tokens.newToken());
        em.persist(occasion);
        em.flush();
        return occasion;
    }

    public Occasion of(OccasionKind kind, long subjectId) {
        return em.createNamedQuery(Occasion.OF_SUBJECT, Occasion.class).setParameter("kind", kind).setParameter("subject", subjectId)
                .getResultStream().findFirst().orElseThrow(() -> ApiProblem.notFound("evaluation.notFound"));
    }
}
