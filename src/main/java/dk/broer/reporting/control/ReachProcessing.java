package dk.broer.reporting.control;

import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.LawfulBasis;
import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The reach report counts in facts without names (reach_fact), so an erasure changes no total;
 * the one personal datum is the note that a person was counted, which stops a second count.
 */
@ApplicationScoped
public class ReachProcessing implements Processing {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("reach.counted", "reporting", Subject.LEARNER,
                new Wording("At deltageren er talt med i rækkevidderapporten (og for hvilket hold og måned)",
                        "That the learner has been counted in the reach report (for which cohort and month)"),
                new Wording("At ingen tælles to gange", "So that nobody is counted twice"),
                LawfulBasis.PUBLIC_TASK,
                Retention.fixed("Som deltagerens navn: slettes sammen med deltageren; tallene bliver.",
                        "As the learner's name: erased with the learner; the figures stay."),
                List.of(Stored.in("reach_counted", "learner_id"))));
    }

    @Override
    public List<OtherTable> otherTables() {
        return List.of(new OtherTable("reach_fact", "reporting", new Wording("Optællinger pr. måned, uden navne",
                        "Counts per month, without names")),
                new OtherTable("reach_backfill", "reporting", new Wording("Hvornår tallene blev bygget", "When the figures were built")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.REPORTING) Erasing erasing) {
        em.createNativeQuery("DELETE FROM reach_counted WHERE learner_id = ?").setParameter(1, erasing.learnerId()).executeUpdate();
    }
}
