package dk.broer.consultants.control;

import dk.broer.certification.entity.AwardStatus;
import dk.broer.platform.control.Copenhagen;
import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.InactiveLearners;
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

/**
 * Dialogue consultants' records: the practice log, the case analysis, the candidacy, observations
 * by assessors and the history of decisions. They stay while the certification is valid (a
 * certification can only be renewed while it is), whatever the learner-inactivity period says.
 */
@ApplicationScoped
public class ConsultantProcessing implements Processing {

    private static final Retention WHILE_CERTIFIED = Retention.fixed(
            "Så længe certificeringen er gyldig eller kan fornyes; derefter som deltagerens navn.",
            "While the certification is valid or can be renewed; after that, as the learner's name.");

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PersonalData> personalData() {
        return List.of(
                new PersonalData("consultant.practice", "consultants", Subject.LEARNER,
                        new Wording("Praksislog: dialoger, projekter, supervision, caseanalyse (tekst og PDF)",
                                "Practice log: dialogues, projects, supervision, case analysis (text and PDF)"),
                        new Wording("At dokumentere praksis til certificering og fornyelse", "To document practice for certification and renewal"),
                        LawfulBasis.PUBLIC_TASK, WHILE_CERTIFIED, List.of(Stored.in("practice_entry", "learner_id"))),
                new PersonalData("consultant.assessment", "consultants", Subject.LEARNER,
                        new Wording("Indstilling, observationer med bedømmers noter og scorer, og beslutningernes historik",
                                "Candidacy, observations with the assessor's notes and scores, and the history of decisions"),
                        new Wording("At certificere dialogkonsulenter og kunne begrunde afgørelsen", "To certify dialogue consultants and account for the decision"),
                        LawfulBasis.PUBLIC_TASK, WHILE_CERTIFIED,
                        List.of(Stored.in("candidacy", "learner_id"), Stored.in("observation", "learner_id"),
                                Stored.in("consultant_history", "learner_id"))));
    }

    /** Before cohorts: the candidacy refers to the enrolment. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.CONSULTANTS) Erasing erasing) {
        for (String table : List.of("practice_entry", "candidacy", "observation", "consultant_history")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE learner_id = ?").setParameter(1, erasing.learnerId()).executeUpdate();
        }
    }

    /**
     * A valid certification that has not expired keeps its holder, however long since their
     * cohort ended (renewal is only possible until it expires), and so does a pending decision.
     */
    @Transactional
    void keepCertified(@Observes @Priority(InactiveLearners.KEEP) InactiveLearners inactive) {
        inactive.keep(em.createQuery("select a.learnerId from Award a where a.status = :valid and a.validUntil is not null"
                        + " and a.validUntil >= :today and a.learnerId is not null", Long.class)
                .setParameter("valid", AwardStatus.VALID)
                .setParameter("today", Copenhagen.local(inactive.now()).toLocalDate()).getResultList());
        // A certification or renewal waiting for an assessor's decision is still in play.
        inactive.keep(em.createQuery("select c.learnerId from Candidacy c where c.status = :submitted"
                        + " or c.renewalSubmittedAt is not null", Long.class)
                .setParameter("submitted", dk.broer.consultants.entity.CandidacyStatus.SUBMITTED).getResultList());
    }
}
