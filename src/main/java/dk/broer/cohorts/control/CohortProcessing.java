package dk.broer.cohorts.control;

import dk.broer.platform.control.Copenhagen;
import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.InactiveLearners;
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

import java.time.LocalDate;
import java.util.List;

/** The cohorts capability's personal data: who is enrolled where, attendance, and which trainers run a cohort. */
@ApplicationScoped
public class CohortProcessing implements Processing {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PersonalData> personalData() {
        return List.of(
                new PersonalData("cohort.enrolments", "cohorts", Subject.LEARNER,
                        new Wording("Hvilke hold deltageren er med på, hvordan og hvornår, og hvilke moduler holdet giver",
                                "Which cohorts the learner is in, how and when they joined, and the modules the cohort gives them"),
                        new Wording("At give deltageren kurset og holdets underviser overblik", "To give the learner the course and the trainer an overview"),
                        LawfulBasis.PUBLIC_TASK, Retention.WITH_LEARNER,
                        List.of(Stored.in("enrolment", "learner_id"),
                                Stored.through("enrolment_module", "enrolment_id", "enrolment", "learner_id"))),
                new PersonalData("cohort.attendance", "cohorts", Subject.LEARNER,
                        new Wording("Fremmøde til holdets møder", "Attendance at the cohort's meetings"),
                        new Wording("At vide, hvem der har gennemført workshoppen", "To know who has completed the workshop"),
                        LawfulBasis.PUBLIC_TASK, Retention.WITH_LEARNER, List.of(Stored.in("attendance", "learner_id"))),
                new PersonalData("cohort.trainers", "cohorts", Subject.STAFF,
                        new Wording("Hvilke hold personen underviser", "Which cohorts the person trains"),
                        new Wording("At give underviseren adgang til sine hold", "To give the trainer access to their cohorts"),
                        LawfulBasis.PUBLIC_TASK,
                        Retention.fixed("Så længe holdet findes.", "While the cohort exists."),
                        List.of(Stored.in("cohort_trainer", "account_id"))));
    }

    @Override
    public List<OtherTable> otherTables() {
        Wording none = new Wording("Hold, møder, organisationer og bydele; ingen personoplysninger",
                "Cohorts, meetings, organisations and districts; nothing about people");
        return List.of(new OtherTable("cohort", "cohorts", none), new OtherTable("meeting", "cohorts", none),
                new OtherTable("organisation", "cohorts", none), new OtherTable("district", "cohorts", none));
    }

    /**
     * The enrolments go and their places come free; no Unenrolled event, because the reach report
     * keeps counting the person once (its facts hold no names).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.COHORTS) Erasing erasing) {
        long id = erasing.learnerId();
        em.createNativeQuery("DELETE FROM attendance WHERE learner_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM enrolment_module WHERE enrolment_id IN (SELECT id FROM enrolment WHERE learner_id = ?)")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE cohort SET enrolled = enrolled - 1 WHERE id IN (SELECT cohort_id FROM enrolment WHERE learner_id = ?)")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM enrolment WHERE learner_id = ?").setParameter(1, id).executeUpdate();
    }

    /** A learner stays while any of their cohorts ended after the cutoff (or hasn't ended). */
    @Transactional
    void keepRecent(@Observes @Priority(InactiveLearners.KEEP) InactiveLearners inactive) {
        LocalDate lastDay = Copenhagen.local(inactive.cutoff()).toLocalDate();
        inactive.keep(em.createQuery("select e.learnerId from Enrolment e, Cohort c where c.id = e.cohortId and c.endsOn >= :day",
                Long.class).setParameter("day", lastDay).getResultList());
    }
}
