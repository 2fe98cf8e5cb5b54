package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.Erasing.CertificateChoice;
import dk.broer.privacy.entity.LawfulBasis;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Certificates: the name printed on them and the signed credentials. When the holder is erased a
 * certificate outlives them, because others rely on it (an employer who checked it): it stays
 * verifiable by its code, without the name, or is revoked, as the coordinator chooses.
 */
@ApplicationScoped
public class CertificateProcessing implements Processing {

    static final String ERASED_REASON = "Erased at the holder's request";

    @PersistenceContext
    EntityManager em;

    @Inject
    Awards awards;

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("certificates", "certification", Subject.LEARNER,
                new Wording("Beviser og certificeringer: navnet på beviset, forløb, datoer, status, den signerede digitale udgave",
                        "Certificates and certifications: the name on them, the track, dates, status, the signed digital credential"),
                new Wording("At dokumentere, at deltageren har gennemført, så enhver kan tjekke beviset",
                        "To document that the learner completed, so anyone can check the certificate"),
                LawfulBasis.PUBLIC_TASK,
                Retention.fixed("Så længe deltageren findes; ved sletning forbliver beviset gyldigt uden navn, eller det tilbagekaldes.",
                        "As long as the learner; on erasure the certificate stays valid without the name, or is revoked."),
                List.of(Stored.in("award", "learner_id"))));
    }

    /** First: the awards let go of the completions (which learning deletes next) and of the person. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.CERTIFICATES) Erasing erasing) {
        List<Award> held = em.createNamedQuery(Award.OF_LEARNER, Award.class).setParameter("learner", erasing.learnerId())
                .getResultList();
        boolean anyValid = held.stream().anyMatch(Award::isValid);
        if (anyValid && erasing.certificates().isEmpty()) {
            throw ApiProblem.invalid(FieldError.of("certificates", "person.erase.choose"));
        }
        for (Award award : held) {
            if (award.isValid() && erasing.certificates().orElseThrow() == CertificateChoice.REVOKE) {
                awards.revoke(award.code(), ERASED_REASON, null);
                erasing.tally().revoked();
            } else if (award.isValid()) {
                erasing.tally().kept();
            }
            award.forgetHolder();
        }
        em.flush();
    }
}
