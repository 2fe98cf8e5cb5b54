package dk.broer.evaluations.control;

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
 * Evaluations are anonymous by design (see Holding): the only personal datum is the mark that an
 * enrolment has answered an occasion, and it goes when the answers are released.
 */
@ApplicationScoped
public class EvaluationProcessing implements Processing {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("evaluation.marks", "evaluations", Subject.LEARNER,
                new Wording("At deltageren har svaret på en evaluering (ikke hvad)", "That the learner has answered an evaluation (not what)"),
                new Wording("At hver deltager kun svarer én gang", "So that each learner answers once"),
                LawfulBasis.PUBLIC_TASK,
                Retention.fixed("Slettes, når svarene frigives, senest 14 dage efter forløbets afslutning.",
                        "Deleted when the answers are released, at the latest 14 days after the track ended."),
                List.of(Stored.through("evaluation_mark", "enrolment_id", "enrolment", "learner_id"))));
    }

    @Override
    public List<OtherTable> otherTables() {
        Wording anonymous = new Wording("Evalueringssvar uden forbindelse til nogen person (forseglede indtil frigivelse)",
                "Evaluation answers with no link to any person (sealed until released)");
        Wording occasions = new Wording("Evalueringer og papirskemaernes numre; ingen personoplysninger",
                "Evaluations and the numbers of paper forms; nothing about people");
        return List.of(new OtherTable("evaluation_held", "evaluations", anonymous),
                new OtherTable("evaluation_answer", "evaluations", anonymous),
                new OtherTable("evaluation_score", "evaluations", anonymous),
                new OtherTable("evaluation_occasion", "evaluations", occasions),
                new OtherTable("evaluation_paper_form", "evaluations", occasions));
    }

    /** Before cohorts: the marks refer to the enrolments. Answers already given stay, anonymous. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.EVALUATIONS) Erasing erasing) {
        em.createNativeQuery("DELETE FROM evaluation_mark WHERE enrolment_id IN (SELECT id FROM enrolment WHERE learner_id = ?)")
                .setParameter(1, erasing.learnerId()).executeUpdate();
    }
}
