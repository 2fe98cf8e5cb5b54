package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.learning.control.LearningDemoData;
import dk.broer.learning.entity.Completion;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.DemoDataRequested;
import dk.broer.platform.control.ReadableCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Certificates for the demo: everyone who completed in Sølvgade has one (the Arabic-script name
 * "فاطمة الزهراء" among them), Yusra's was reissued under a corrected spelling (the first edition
 * shows as superseded), Agnieszka's was revoked with a public reason. Valby's Ayşe completed
 * yesterday and has not confirmed her name yet, so the learner's and the trainer's confirmation
 * can be tried. All invented.
 */
@ApplicationScoped
public class CertificatesDemoData {

    public static final int ORDER = LearningDemoData.ORDER + 10;
    static final String SOLVGADE = "Butik Sølvgade Syd – efterårsholdet";

    /** Names as first confirmed, where they differ from the name finally on the certificate. */
    static final Map<String, String> FIRST_SPELLING = Map.of("Yusra Abdullahi", "Yusra Abdulahi");
    static final String REVOKED = "Agnieszka Kowalska";

    @PersistenceContext
    EntityManager em;

    @Inject
    Awards awards;

    @Inject
    jakarta.enterprise.event.Event<dk.broer.certification.entity.AwardIssued> issued;

    @Inject
    jakarta.enterprise.event.Event<dk.broer.certification.entity.AwardRevoked> revoked;

    @Transactional
    void add(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (!em.createQuery("select a from Award a", Award.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Completion> completions = em.createQuery("select c from Completion c, Cohort h where c.cohortId = h.id"
                + " and h.name = :name", Completion.class).setParameter("name", SOLVGADE).getResultList();
        for (Completion completion : completions) {
            Learner learner = em.find(Learner.class, completion.learnerId());
            Award.Facts facts = awards.facts(completion);
            var issuedAt = completion.completedAt().plus(Duration.ofDays(1));
            String first = FIRST_SPELLING.getOrDefault(learner.name(), learner.name());
            Award award = new Award(facts, 1, first, code(), null, issuedAt);
            em.persist(award);
            em.flush();
            issued.fire(new dk.broer.certification.entity.AwardIssued(award.id()));
            if (!first.equals(learner.name())) {
                Award corrected = new Award(facts, 2, learner.name(), code(), null, issuedAt.plus(Duration.ofDays(3)));
                em.persist(corrected);
                em.flush();
                award.supersede(corrected, corrected.issuedAt());
                issued.fire(new dk.broer.certification.entity.AwardIssued(corrected.id()));
            }
            if (learner.name().equals(REVOKED)) {
                award.revoke("Demo: markeret gennemført på det forkerte hold", "Udstedt ved en fejl",
                        issuedAt.plus(Duration.ofDays(5)));
                em.flush();
                revoked.fire(new dk.broer.certification.entity.AwardRevoked(award.id()));
            }
        }
    }

    private static String code() {
        return ReadableCode.random(Awards.CODE_GROUPS, Awards.CODE_SIZE);
    }
}
