package dk.broer.consultants.control;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.CertificatesDemoData;
import dk.broer.certification.control.Issuer;
import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardIssued;
import dk.broer.certification.entity.AwardRevoked;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.consultants.entity.Candidacy;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.consultants.entity.Observation;
import dk.broer.consultants.entity.PracticeEntry;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.control.LearningDemoData;
import dk.broer.learning.entity.Completion;
import dk.broer.people.entity.Learner;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.DemoDataRequested;
import dk.broer.platform.control.ReadableCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Dialogue consultants at every stage, all invented: in Husum, Amal is logging, Huda was asked for
 * changes, Søren has submitted a complete log and waits for the assessor's approval, Lukas was
 * certified three months ago. From before Broer: Jamal's certification expires next month,
 * Birthe's has expired, Kasper's was revoked.
 */
@ApplicationScoped
public class ConsultantsDemoData {

    public static final int ORDER = CertificatesDemoData.ORDER + 10;
    static final String HUSUM = "Dialogkonsulenter Husum 2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    Joining joining;

    @Inject
    ContentCatalogue content;

    @Inject
    LearningDemoData learning;

    @Inject
    Awards awards;

    @Inject
    Issuer issuer;

    @Inject
    Register register;

    @Inject
    Event<AwardIssued> issued;

    @Inject
    Event<AwardRevoked> revoked;

    @Transactional
    void add(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (!em.createQuery("select c from Candidacy c", Candidacy.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Cohort> found = em.createQuery("select c from Cohort c where c.name = :name", Cohort.class).setParameter("name", HUSUM)
                .getResultList();
        long assessor = em.createQuery("select a from StaffAccount a where a.username = 'assessor'", StaffAccount.class)
                .getResultStream().findFirst().map(StaffAccount::id).orElse(0L);
        if (found.isEmpty() || assessor == 0) {
            return;
        }
        Cohort husum = found.get(0);
        Track track = content.catalogue().track(husum.trackId()).orElseThrow();
        Map<Long, Learner> people = joining.learnersIn(husum.id());
        Instant now = Instant.now();
        for (Enrolment e : joining.enrolments(husum.id())) {
            Learner learner = people.get(e.learnerId());
            Candidacy candidacy = new Candidacy(e.id(), learner.id());
            em.persist(candidacy);
            switch (learner.name()) {
                case "Amal Yusuf" -> {
                    passModules(e, 4, now.minus(Duration.ofDays(20)));
                    dialogues(learner.id(), 2, PracticeEntry.Role.CO_FACILITATOR, now.minus(Duration.ofDays(14)));
                    supervision(learner.id(), 1, now.minus(Duration.ofDays(10)));
                }
                case "Huda Al-Sayed" -> {
                    complete(e, learner.id(), now.minus(Duration.ofDays(25)), 3);
                    candidacy.submit(now.minus(Duration.ofDays(5)));
                    step(learner.id(), HistoryStep.Kind.SUBMITTED, null, null, now.minus(Duration.ofDays(5)));
                    String message = "Der mangler et fjerde supervisionsmøde. Log det, og send igen.";
                    candidacy.askForChanges(assessor, message);
                    step(learner.id(), HistoryStep.Kind.CHANGES_REQUESTED, assessor, message, now.minus(Duration.ofDays(3)));
                }
                case "Søren Vestergaard" -> {
                    complete(e, learner.id(), now.minus(Duration.ofDays(28)), 4);
                    observed(learner.id(), assessor, track, now.minus(Duration.ofDays(6)));
                    candidacy.submit(now.minus(Duration.ofDays(2)));
                    step(learner.id(), HistoryStep.Kind.SUBMITTED, null, null, now.minus(Duration.ofDays(2)));
                }
                case "Lukas Brandt" -> {
                    complete(e, learner.id(), now.minus(Duration.ofDays(120)), 4);
                    observed(learner.id(), assessor, track, now.minus(Duration.ofDays(100)));
                    candidacy.submit(now.minus(Duration.ofDays(95)));
                    candidacy.approve(assessor, now.minus(Duration.ofDays(90)));
                    certify(e, learner.id(), track, LocalDate.now(Copenhagen.ZONE).minusDays(90), assessor, now.minus(Duration.ofDays(91)));
                }
                default -> { }
            }
        }
        LocalDate today = LocalDate.now(Copenhagen.ZONE);
        recorded("Jamal Osman", "broenshoej-husum", today.minusYears(14), today.minusMonths(23), false, track, assessor);
        recorded("Birthe Lund", "noerrebro", today.minusYears(15), today.minusMonths(26), false, track, assessor);
        recorded("Kasper Holm", "bispebjerg", today.minusYears(15), today.minusMonths(10), true, track, assessor);
    }

    private void passModules(Enrolment e, int count, Instant at) {
        e.modules().stream().limit(count).forEach(m -> learning.pass(e.learnerId(), m, at));
    }

    /** Every module passed and the log complete but for supervision sessions (`supervisions` of the four). */
    private void complete(Enrolment e, long learnerId, Instant at, int supervisions) {
        passModules(e, e.modules().size(), at);
        dialogues(learnerId, 2, PracticeEntry.Role.CO_FACILITATOR, at.plus(Duration.ofDays(2)));
        dialogues(learnerId, 1, PracticeEntry.Role.LEAD, at.plus(Duration.ofDays(6)));
        supervision(learnerId, supervisions, at.plus(Duration.ofDays(3)));
        LocalDate day = Copenhagen.local(at).toLocalDate();
        em.persist(PracticeEntry.project(learnerId, new PracticeEntry.Project("Tryghed i butikkerne på Husum Torv", "broenshoej-husum",
                day, day.plusDays(10), "Boligsocialt team Husum, tre butikker", "Unge fortæller, at de bliver fulgt rundt i butikkerne.",
                "To dialogmøder med unge og butiksansatte, og et fælles opfølgningsmøde.", 3, 18, 21,
                "En butiksansat hilser nu på de unge ved navn.\n\nDe unge har lavet skilte til butikkernes døre.\n\n"
                        + "En mor fortalte, at hendes søn igen tør gå alene i butikken."), at.plus(Duration.ofDays(8))));
        em.persist(PracticeEntry.caseAnalysis(learnerId, day.plusDays(9), "Sagen om den afviste kunde i butikken: forskelsbehandling "
                + "på grund af etnisk oprindelse er forbudt efter forskelsbehandlingsloven; kunden kan klage til Ligebehandlingsnævnet.",
                null, at.plus(Duration.ofDays(9))));
    }

    private void dialogues(long learnerId, int count, PracticeEntry.Role role, Instant at) {
        for (int i = 0; i < count; i++) {
            em.persist(PracticeEntry.dialogue(learnerId, Copenhagen.local(at).toLocalDate().plusDays(i), "broenshoej-husum",
                    "Husum Bibliotek", 10 + i * 3, role, at));
        }
    }

    private void supervision(long learnerId, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            em.persist(PracticeEntry.supervision(learnerId, Copenhagen.local(at).toLocalDate().plusDays(i), "Hamza Abdi Warsame", 90,
                    "Gruppesupervision om at holde rammen.", at));
        }
    }

    private void observed(long learnerId, long assessor, Track track, Instant at) {
        var rubric = track.certificationIfAny().orElseThrow().practice().stream().map(r -> r.rubricIfAny())
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        var scores = jakarta.json.Json.createObjectBuilder();
        rubric.criteria().forEach(c -> scores.add(c.id(), rubric.passLevel()));
        em.persist(new Observation(learnerId, assessor, Copenhagen.local(at).toLocalDate(), scores.build().toString(), "{}", true, at));
        step(learnerId, HistoryStep.Kind.OBSERVED, assessor, null, at);
    }

    private Award certify(Enrolment e, long learnerId, Track track, LocalDate from, long assessor, Instant completed) {
        Instant at = Copenhagen.at(from, LocalTime.NOON);
        Completion completion = new Completion(e.id(), learnerId, e.cohortId(), track.id(), "demo", completed);
        em.persist(completion);
        em.flush();
        Award.Facts facts = awards.facts(completion);
        Validity validity = Validity.of(from, track.certificationIfAny().orElseThrow().validityMonths());
        Award award = new Award(facts.until(validity.validUntil()), 1, em.find(Learner.class, learnerId).name(),
                ReadableCode.random(Awards.CODE_GROUPS, Awards.CODE_SIZE), assessor, at);
        award.holdsFrom(from);
        em.persist(award);
        em.flush();
        issued.fire(new AwardIssued(award.id()));
        step(learnerId, HistoryStep.Kind.APPROVED, assessor, award.code(), at);
        return award;
    }

    /** One certified before Broer, written as the register's recording would have left it. */
    private void recorded(String name, String district, LocalDate awardedOn, LocalDate validFrom, boolean revokeIt, Track track,
                          long assessor) {
        Cohort cohort = register.beforeBroer(track, district, assessor);
        Learner learner = new Learner(name, null, null, dk.broer.platform.control.Tokens.newToken(), Instant.now());
        em.persist(learner);
        em.flush();
        Enrolment enrolment = new Enrolment(cohort, learner.id(), track.moduleIds(), dk.broer.cohorts.entity.EnrolmentMethod.BY_HAND,
                Instant.now());
        em.persist(enrolment);
        em.flush();
        Instant at = Copenhagen.at(awardedOn, LocalTime.NOON);
        Award award = certify(enrolment, learner.id(), track, validFrom, assessor, at);
        Candidacy candidacy = new Candidacy(enrolment.id(), learner.id());
        candidacy.submit(at);
        candidacy.approve(assessor, at);
        em.persist(candidacy);
        if (revokeIt) {
            award.revoke("Demo: klage over adfærd ved en dialog, behandlet af programmet", null, Instant.now().minus(Duration.ofDays(20)));
            em.flush();
            revoked.fire(new AwardRevoked(award.id()));
            step(learner.id(), HistoryStep.Kind.REVOKED, assessor, null, Instant.now().minus(Duration.ofDays(20)));
        }
    }

    private void step(long learnerId, HistoryStep.Kind kind, Long by, String shown, Instant at) {
        em.persist(new HistoryStep(learnerId, kind, at, by, shown));
    }
}
