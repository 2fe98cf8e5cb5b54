package dk.broer.learning.control;

import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.LawfulBasis;
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

/** The learning capability's personal data: knowledge-check answers, progress per module, completed tracks. */
@ApplicationScoped
public class LearningProcessing implements Processing {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PersonalData> personalData() {
        return List.of(
                new PersonalData("learning.attempts", "learning", Subject.LEARNER,
                        new Wording("Svar på videnstjek og resultatet", "Answers to knowledge checks and the result"),
                        new Wording("At vise deltageren, hvad der mangler, og afgøre, om modulet er bestået",
                                "To show the learner what is left and decide whether the module is passed"),
                        LawfulBasis.PUBLIC_TASK, Retention.WITH_LEARNER, List.of(Stored.in("attempt", "learner_id"))),
                new PersonalData("learning.progress", "learning", Subject.LEARNER,
                        new Wording("Hvilke moduler deltageren har åbnet og bestået, og hvornår; moduler godkendt af personalet med begrundelse",
                                "Which modules the learner opened and passed, and when; modules marked done by staff, with the reason"),
                        new Wording("At vise fremdrift for deltageren og holdets underviser", "To show progress to the learner and their trainer"),
                        LawfulBasis.PUBLIC_TASK, Retention.WITH_LEARNER, List.of(Stored.in("module_progress", "learner_id"))),
                new PersonalData("learning.completions", "learning", Subject.LEARNER,
                        new Wording("Gennemførte forløb: hvilket, hvornår, og med hvilke modulversioner", "Completed tracks: which, when, and with which module versions"),
                        new Wording("At udstede bevis og følge op", "To issue the certificate and follow up"),
                        LawfulBasis.PUBLIC_TASK, Retention.WITH_LEARNER, List.of(Stored.in("completion", "learner_id"))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.LEARNING) Erasing erasing) {
        for (String table : List.of("attempt", "module_progress", "completion")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE learner_id = ?").setParameter(1, erasing.learnerId()).executeUpdate();
        }
    }
}
