package dk.broer.reporting.control;

import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardIssued;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolled;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.entity.Answer;
import dk.broer.evaluations.entity.AnswersReleased;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.learning.entity.TrackCompleted;
import dk.broer.people.entity.LearnersMerged;
import dk.broer.platform.control.Copenhagen;
import dk.broer.reporting.entity.Counted;
import dk.broer.reporting.entity.Fact;
import dk.broer.reporting.entity.Measure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the facts as things happen, inside the transaction of what they count: an enrolment (and,
 * at a person's first, "reached"), a completion (and, at their first, "trained"), a first-edition
 * certificate, an occasion's released answers. Nothing before the back-fill has run (it counts
 * those); a merge of two records of one person takes back the second count.
 */
@ApplicationScoped
public class Facts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Backfill backfill;

    @Inject
    ContentCatalogue content;

    void enrolled(@Observes Enrolled e) {
        if (!backfill.done()) {
            return;
        }
        Fact.Cell cell = new Fact.Cell(e.organisationId(), sector(e.organisationId()), e.audience(), e.districtCode(), e.cohortId(),
                e.trackId());
        LocalDate month = month(e.at());
        em.persist(new Fact(Measure.ENROLMENTS, month, cell, null, 1));
        once(e.learnerId(), Measure.REACHED, e.cohortId(), month, cell);
    }

    void completed(@Observes TrackCompleted c) {
        if (!backfill.done()) {
            return;
        }
        Fact.Cell cell = cell(c.cohortId());
        LocalDate month = month(c.at());
        em.persist(new Fact(Measure.COMPLETIONS, month, cell, null, 1));
        once(c.learnerId(), Measure.TRAINED, c.cohortId(), month, cell);
    }

    /** Certificates count once per completion: a reissue under a corrected name or a renewal is a later edition. */
    void issued(@Observes AwardIssued issued) {
        Award award = em.find(Award.class, issued.awardId());
        if (!backfill.done() || award == null || award.edition() != 1) {
            return;
        }
        em.persist(new Fact(Measure.CERTIFICATES, month(award.issuedAt()), cell(award.cohortId()), null, 1));
    }

    void released(@Observes AnswersReleased released) {
        if (!backfill.done()) {
            return;
        }
        Occasion occasion = em.find(Occasion.class, released.occasionId());
        Questionnaire q = content.catalogue().questionnaireFor(occasion.kind().code());
        List<Answer> answers = em.createNamedQuery(Answer.OF_OCCASION, Answer.class).setParameter("occasion", occasion.id())
                .getResultList();
        Fact.Cell cell = occasion.cohortId().map(this::cell).orElseGet(() -> Fact.Cell.district(occasion.districtCode().orElse(null)));
        for (EvaluationItem item : q.items()) {
            item.targetIfAny().ifPresent(target -> {
                List<Integer> scores = answers.stream().flatMap(a -> a.score(item.id()).stream()).toList();
                if (!scores.isEmpty()) {
                    em.persist(new Fact(Measure.ANSWERS, occasion.week(), cell, target, scores.size()));
                    em.persist(new Fact(Measure.AGREEING, occasion.week(), cell, target, (int) scores.stream().filter(q::agrees).count()));
                }
            });
        }
    }

    /**
     * Two records were one person: they stay counted once, where they were counted first. The other
     * count is taken back with a negative fact in its own cell.
     */
    void merged(@Observes LearnersMerged merged) {
        for (Measure measure : List.of(Measure.REACHED, Measure.TRAINED)) {
            Counted kept = em.find(Counted.class, new Counted.Key(merged.kept(), measure));
            Counted duplicate = em.find(Counted.class, new Counted.Key(merged.duplicate(), measure));
            if (duplicate == null) {
                continue;
            }
            em.remove(duplicate);
            if (kept == null) {
                em.persist(new Counted(merged.kept(), measure, duplicate.cohortId(), duplicate.month()));
            } else {
                Counted later = duplicate.month().isBefore(kept.month()) ? kept : duplicate;
                if (later == kept) {
                    em.remove(kept);
                    em.flush();
                    em.persist(new Counted(merged.kept(), measure, duplicate.cohortId(), duplicate.month()));
                }
                em.persist(new Fact(measure, later.month(), cell(later.cohortId()), null, -1));
            }
        }
    }

    private void once(long learnerId, Measure measure, long cohortId, LocalDate month, Fact.Cell cell) {
        if (em.find(Counted.class, new Counted.Key(learnerId, measure)) == null) {
            em.persist(new Counted(learnerId, measure, cohortId, month));
            em.persist(new Fact(measure, month, cell, null, 1));
        }
    }

    private Fact.Cell cell(long cohortId) {
        Cohort c = em.find(Cohort.class, cohortId);
        return new Fact.Cell(c.organisationId(), sector(c.organisationId()), c.audience(), c.districtCode(), c.id(), c.trackId());
    }

    private String sector(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation == null ? null : organisation.sector().name();
    }

    private static LocalDate month(Instant at) {
        return Copenhagen.local(at).toLocalDate().withDayOfMonth(1);
    }
}
