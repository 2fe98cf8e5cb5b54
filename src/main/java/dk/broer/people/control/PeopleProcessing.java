package dk.broer.people.control;

import dk.broer.people.entity.SubjectKind;
import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.InactiveLearners;
import dk.broer.privacy.entity.LawfulBasis;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.RetentionDue;
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

import java.time.Period;
import java.util.List;

/**
 * The people capability's personal data: learners (who they are, their sessions), staff accounts
 * (theirs, their sessions and one-time links) and the audit log of what everyone did.
 */
@ApplicationScoped
public class PeopleProcessing implements Processing {

    public static final Retention LEARNERS = Retention.configured("learners", Period.ofYears(3),
            "Indtil 3 år efter, at deltagerens sidste hold sluttede, og deltageren sidst loggede ind; derefter slettes deltageren (beviser forbliver gyldige uden navn). Dog ikke, mens en dialogkonsulent-certificering er gyldig eller kan fornyes.",
            "Until 3 years after the learner's last cohort ended and they last signed in; then the learner is erased (certificates stay valid without the name). Not while a dialogue-consultant certification is valid or renewable.");
    private static final Retention SESSIONS = Retention.configured("sessions", Period.ZERO,
            "Slettes ved den daglige oprydning, når sessionen er udløbet (ubrugt eller for gammel).",
            "Deleted at the daily run once the session has ended (unused or too old).");
    private static final Retention LINKS = Retention.configured("links", Period.ofDays(30),
            "Slettes 30 dage efter, at linket er udløbet.", "Deleted 30 days after the link expired.");
    private static final Retention AUDIT = Retention.configured("audit", Period.ofYears(3),
            "Slettes 3 år efter handlingen.", "Deleted 3 years after the action.");
    private static final Retention ACCOUNT = Retention.fixed(
            "Så længe kontoen findes; en administrator deaktiverer den, når personen holder op.",
            "While the account exists; an admin deactivates it when the person leaves.");

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    SessionStore store;

    @Override
    public List<PersonalData> personalData() {
        return List.of(
                new PersonalData("learner.identity", "people", Subject.LEARNER,
                        new Wording("Navn, telefonnummer eller medarbejdernummer, arbejdsgiver, hvornår deltageren kom med og sidst loggede ind",
                                "Name, phone or employee number, employer, when the learner joined and last signed in"),
                        new Wording("At vide, hvem der deltager, så de kan fortsætte på en anden enhed og få deres bevis",
                                "To know who takes part, so they can carry on from another device and get their certificate"),
                        LawfulBasis.PUBLIC_TASK, LEARNERS, List.of(Stored.in("learner", "id").withholding("resume_code_hash"))),
                new PersonalData("learner.sessions", "people", Subject.LEARNER,
                        new Wording("Logget-ind-enheder: hvornår de loggede ind og sidst blev brugt", "Signed-in devices: when they signed in and were last used"),
                        new Wording("At holde deltageren logget ind på sin telefon", "To keep the learner signed in on their phone"),
                        LawfulBasis.PUBLIC_TASK, SESSIONS,
                        List.of(Stored.in("sign_in_session", "subject_id").when("subject_kind", SubjectKind.LEARNER.name()).withholding("token_hash"))),
                new PersonalData("learner.audit", "people", Subject.LEARNER,
                        new Wording("Revisionsspor: hvad deltageren selv gjorde, og hvad personalet gjorde med deltagerens oplysninger, med IP-adresse",
                                "Audit trail: what the learner did, and what staff did to the learner's record, with IP address"),
                        new Wording("At kunne dokumentere, hvem der gjorde hvad (sikkerhed og ansvarlighed)", "To account for who did what (security and accountability)"),
                        LawfulBasis.LEGAL_OBLIGATION, AUDIT,
                        List.of(Stored.in("audit_entry", "actor_id").when("actor_kind", "LEARNER"),
                                Stored.in("audit_entry", "target_id").when("target_kind", "learner"))),
                new PersonalData("staff.account", "people", Subject.STAFF,
                        new Wording("Brugernavn, navn, e-mail, organisation, roller, hvornår adgangskoden sidst blev skiftet",
                                "Username, name, e-mail, organisation, roles, when the password was last changed"),
                        new Wording("At give personalet adgang efter deres rolle", "To give staff access according to their role"),
                        LawfulBasis.PUBLIC_TASK, ACCOUNT,
                        List.of(Stored.in("staff_account", "id").withholding("password_hash"), Stored.in("staff_role", "account_id"))),
                new PersonalData("staff.sessions", "people", Subject.STAFF,
                        new Wording("Logget-ind-enheder", "Signed-in devices"),
                        new Wording("At holde personalet logget ind i en arbejdsdag", "To keep staff signed in for a working day"),
                        LawfulBasis.PUBLIC_TASK, SESSIONS,
                        List.of(Stored.in("sign_in_session", "subject_id").when("subject_kind", SubjectKind.STAFF.name()).withholding("token_hash"))),
                new PersonalData("staff.links", "people", Subject.STAFF,
                        new Wording("Engangslinks til at oprette eller nulstille adgangskoden: hvornår de blev lavet, udløber og blev brugt",
                                "One-time links to set or reset the password: when made, when they expire, when used"),
                        new Wording("At lade personalet vælge deres egen adgangskode", "To let staff choose their own password"),
                        LawfulBasis.PUBLIC_TASK, LINKS, List.of(Stored.in("account_link", "account_id").withholding("token_hash"))),
                new PersonalData("staff.audit", "people", Subject.STAFF,
                        new Wording("Revisionsspor: hvad personen gjorde, og hvad der blev gjort med kontoen, med IP-adresse",
                                "Audit trail: what the person did, and what was done to the account, with IP address"),
                        new Wording("At kunne dokumentere, hvem der gjorde hvad (sikkerhed og ansvarlighed)", "To account for who did what (security and accountability)"),
                        LawfulBasis.LEGAL_OBLIGATION, AUDIT,
                        List.of(Stored.in("audit_entry", "actor_id").when("actor_kind", "STAFF"),
                                Stored.in("audit_entry", "target_id").when("target_kind", "staff"))));
    }

    /** Last of all: the learner row, once nothing refers to it. Audit entries stay, but no longer say whom they were about. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Erasing.PEOPLE) Erasing erasing) {
        long id = erasing.learnerId();
        sessions.endAll(SubjectKind.LEARNER, id);
        em.createNativeQuery("UPDATE audit_entry SET actor_id = NULL, client_address = NULL WHERE actor_kind = 'LEARNER' AND actor_id = ?")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE audit_entry SET target_id = NULL, detail = NULL WHERE target_kind = 'learner' AND target_id = ?")
                .setParameter(1, String.valueOf(id)).executeUpdate();
        // Entries about a cohort or an award name the learner by id in their detail ("learner=12; present").
        em.createNativeQuery("UPDATE audit_entry SET detail = NULL WHERE detail = ? OR detail LIKE ? OR detail LIKE ?")
                .setParameter(1, "learner=" + id).setParameter(2, "learner=" + id + ";%").setParameter(3, "%learner=" + id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM learner WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    @Transactional
    void retain(@Observes RetentionDue due) {
        due.removed("sessions", store.endExpired(due.cutoff("sessions")));
        due.removed("links", em.createNativeQuery("DELETE FROM account_link WHERE expires_at < ?")
                .setParameter(1, java.sql.Timestamp.from(due.cutoff("links"))).executeUpdate());
        due.removed("audit", em.createNativeQuery("DELETE FROM audit_entry WHERE occurred_at < ?")
                .setParameter(1, java.sql.Timestamp.from(due.cutoff("audit"))).executeUpdate());
    }

    /** Everyone not seen since the cutoff; the other capabilities then keep those they still need. */
    @Transactional
    void propose(@Observes @Priority(InactiveLearners.PROPOSE) InactiveLearners inactive) {
        inactive.propose(em.createQuery("select l.id from Learner l where (l.signedInAt is null and l.createdAt < :cutoff)"
                + " or l.signedInAt < :cutoff", Long.class).setParameter("cutoff", inactive.cutoff()).getResultList());
    }
}
