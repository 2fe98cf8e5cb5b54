package dk.broer.consultants.control;

import dk.broer.certification.entity.Award;
import dk.broer.cohorts.entity.District;
import dk.broer.consultants.entity.CandidacyStatus;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.consultants.entity.PracticeEntry;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a candidate writes in their practice log, checked field by field (nothing half-saved):
 * dates not in the future, a known district, sensible numbers, free text without CPR numbers;
 * a case analysis typed or as a real PDF of at most 2 MB. Every entry is a step in the history.
 */
@ApplicationScoped
public class Practice {

    public static final int SHORT_TEXT = 500;
    public static final int LONG_TEXT = 4000;
    public static final int STORIES = 8000;
    public static final int CASE_TEXT = 16000;
    public static final int PDF_MAX = 2 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Candidates candidates;

    Clock clock = Clock.systemUTC();

    /**
     * Two records, one person: the duplicate's practice log, candidacy, observations and history
     * become the kept record's (its enrolments move with the cohorts capability), before the
     * duplicate goes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void merge(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(25) dk.broer.people.entity.LearnersMerged merge) {
        for (String table : List.of("practice_entry", "candidacy", "observation", "consultant_history")) {
            em.createNativeQuery("UPDATE " + table + " SET learner_id = ? WHERE learner_id = ?")
                    .setParameter(1, merge.kept()).setParameter(2, merge.duplicate()).executeUpdate();
        }
    }

    public record Dialogue(LocalDate occurredOn, String district, String partners, Integer participants, String role) {
    }

    public record Supervision(LocalDate occurredOn, String supervisor, Integer minutes, String notes) {
    }

    public record Project(String title, String district, LocalDate from, LocalDate to, String partners, String needsAnalysis,
                          String plan, Integer meetingsHeld, Integer evaluationAgreed, Integer evaluationAnswered, String stories) {
    }

    @Transactional
    public PracticeEntry addDialogue(long learnerId, Dialogue d) {
        candidates.require(learnerId);
        Checks checks = new Checks();
        checks.day("occurredOn", d.occurredOn());
        checks.district("district", d.district());
        checks.text("partners", d.partners(), SHORT_TEXT);
        checks.count("participants", d.participants(), 1, 10_000);
        PracticeEntry.Role role = "lead".equals(d.role()) ? PracticeEntry.Role.LEAD
                : "co-facilitator".equals(d.role()) ? PracticeEntry.Role.CO_FACILITATOR : null;
        if (role == null) {
            checks.errors.add(FieldError.of("role", "practice.role.missing"));
        }
        checks.done();
        return logged(PracticeEntry.dialogue(learnerId, d.occurredOn(), d.district(), strip(d.partners()), d.participants(), role,
                clock.instant()), "practice.logged.dialogue");
    }

    @Transactional
    public PracticeEntry addSupervision(long learnerId, Supervision s) {
        candidates.require(learnerId);
        Checks checks = new Checks();
        checks.day("occurredOn", s.occurredOn());
        checks.required("supervisor", s.supervisor(), 200);
        checks.count("minutes", s.minutes(), 1, 600);
        checks.text("notes", s.notes(), LONG_TEXT);
        checks.done();
        return logged(PracticeEntry.supervision(learnerId, s.occurredOn(), strip(s.supervisor()), s.minutes(), strip(s.notes()),
                clock.instant()), "practice.logged.supervision");
    }

    /** The one local project: made the first time, then updated as it goes. */
    @Transactional
    public PracticeEntry saveProject(long learnerId, Long entryId, Project p) {
        candidates.require(learnerId);
        Checks checks = new Checks();
        checks.required("title", p.title(), 200);
        checks.district("district", p.district());
        checks.day("from", p.from());
        if (p.to() != null && p.from() != null && p.to().isBefore(p.from())) {
            checks.errors.add(FieldError.of("to", "practice.to.beforeFrom"));
        }
        checks.text("partners", p.partners(), SHORT_TEXT);
        checks.text("needsAnalysis", p.needsAnalysis(), LONG_TEXT);
        checks.text("plan", p.plan(), LONG_TEXT);
        checks.count("meetingsHeld", orZero(p.meetingsHeld()), 0, 1000);
        checks.count("evaluationAnswered", orZero(p.evaluationAnswered()), 0, 100_000);
        checks.count("evaluationAgreed", orZero(p.evaluationAgreed()), 0, orZero(p.evaluationAnswered()));
        checks.text("stories", p.stories(), STORIES);
        checks.done();
        PracticeEntry.Project project = new PracticeEntry.Project(strip(p.title()), p.district(), p.from(), p.to(),
                strip(p.partners()), strip(p.needsAnalysis()), strip(p.plan()), orZero(p.meetingsHeld()),
                orZero(p.evaluationAgreed()), orZero(p.evaluationAnswered()), strip(p.stories()));
        if (entryId == null) {
            return logged(PracticeEntry.project(learnerId, project, clock.instant()), "practice.logged.project");
        }
        PracticeEntry existing = em.find(PracticeEntry.class, entryId);
        if (existing == null || existing.learnerId() != learnerId || existing.kind() != dk.broer.consultants.entity.EntryKind.PROJECT) {
            throw ApiProblem.notFound("practice.entry.notFound");
        }
        existing.update(project);
        return existing;
    }

    @Transactional
    public PracticeEntry addCaseText(long learnerId, LocalDate on, String text) {
        candidates.require(learnerId);
        Checks checks = new Checks();
        checks.day("occurredOn", on == null ? Copenhagen.today(clock) : on);
        checks.required("text", text, CASE_TEXT);
        checks.done();
        return logged(PracticeEntry.caseAnalysis(learnerId, on == null ? Copenhagen.today(clock) : on, strip(text), null,
                clock.instant()), "practice.logged.case");
    }

    /** A PDF is taken for what it is only when it starts as a PDF does; it is never served as anything else. */
    @Transactional
    public PracticeEntry addCasePdf(long learnerId, byte[] pdf, LocalDate on) {
        candidates.require(learnerId);
        LocalDate day = on == null ? Copenhagen.today(clock) : on;
        if (day.isAfter(Copenhagen.today(clock))) {
            throw ApiProblem.invalid(FieldError.of("occurredOn", "practice.date.future"));
        }
        if (pdf == null || pdf.length == 0) {
            throw ApiProblem.invalid(FieldError.of("file", "practice.pdf.missing"));
        }
        if (pdf.length > PDF_MAX) {
            throw ApiProblem.invalid(FieldError.of("file", "practice.pdf.tooLarge", PDF_MAX / (1024 * 1024)));
        }
        if (!new String(pdf, 0, Math.min(pdf.length, 5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw ApiProblem.invalid(FieldError.of("file", "practice.pdf.notPdf"));
        }
        return logged(PracticeEntry.caseAnalysis(learnerId, day, null, pdf, clock.instant()), "practice.logged.case");
    }

    public byte[] casePdf(long learnerId, long entryId) {
        PracticeEntry entry = em.find(PracticeEntry.class, entryId);
        if (entry == null || entry.learnerId() != learnerId) {
            throw ApiProblem.notFound("practice.entry.notFound");
        }
        return entry.casePdf().orElseThrow(() -> ApiProblem.notFound("practice.entry.notFound"));
    }

    @Transactional
    public Candidates.Context submit(long learnerId) {
        Candidates.Context context = candidates.require(learnerId);
        CandidacyStatus status = context.candidacy().status();
        if (status != CandidacyStatus.LOGGING && status != CandidacyStatus.CHANGES_REQUESTED) {
            throw ApiProblem.conflict("practice.submit.already");
        }
        context.candidacy().submit(clock.instant());
        step(learnerId, HistoryStep.Kind.SUBMITTED, null, null);
        return context;
    }

    @Transactional
    public Candidates.Context submitRenewal(long learnerId) {
        Candidates.Context context = candidates.require(learnerId);
        Award award = candidates.certification(learnerId, context.track().id()).filter(Award::isValid)
                .orElseThrow(() -> ApiProblem.conflict("practice.renewal.notCertified"));
        Validity validity = Candidates.validity(award);
        if (!validity.renewalOpenAt(clock.instant(), context.certification().renewal().windowDays())) {
            throw ApiProblem.conflict("practice.renewal.closed",
                    validity.validUntil().minusDays(context.certification().renewal().windowDays() - 1L));
        }
        if (context.candidacy().renewalSubmittedAt().isPresent()) {
            throw ApiProblem.conflict("practice.renewal.already");
        }
        context.candidacy().submitRenewal(clock.instant());
        step(learnerId, HistoryStep.Kind.RENEWAL_SUBMITTED, null, null);
        return context;
    }

    void step(long learnerId, HistoryStep.Kind kind, Long by, String shown) {
        em.persist(new HistoryStep(learnerId, kind, clock.instant(), by, shown));
    }

    private PracticeEntry logged(PracticeEntry entry, String what) {
        em.persist(entry);
        em.flush();
        step(entry.learnerId(), HistoryStep.Kind.LOGGED, null, what);
        return entry;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Collects every field's problem before anything is saved. */
    private final class Checks {

        final List<FieldError> errors = new ArrayList<>();

        void day(String field, LocalDate day) {
            if (day == null) {
                errors.add(FieldError.of(field, "practice.date.missing"));
            } else if (day.isAfter(Copenhagen.today(clock))) {
                errors.add(FieldError.of(field, "practice.date.future"));
            }
        }

        void district(String field, String code) {
            if (code == null || code.isBlank() || em.find(District.class, code) == null) {
                errors.add(FieldError.of(field, "practice.district.unknown"));
            }
        }

        void count(String field, Integer value, int min, int max) {
            if (value == null || value < min || value > max) {
                errors.add(FieldError.of(field, "practice.number.range", min, max));
            }
        }

        void required(String field, String text, int max) {
            if (text == null || text.isBlank()) {
                errors.add(FieldError.of(field, "practice.text.missing"));
            } else {
                text(field, text, max);
            }
        }

        void text(String field, String text, int max) {
            FreeText.problem(field, text, max).ifPresent(errors::add);
        }

        void done() {
            if (!errors.isEmpty()) {
                throw ApiProblem.invalid(errors);
            }
        }
    }

}
