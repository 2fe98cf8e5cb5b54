package dk.broer.consultants.control;

import dk.broer.certification.control.Awards;
import dk.broer.certification.entity.Award;
import dk.broer.consultants.entity.CandidacyStatus;
import dk.broer.consultants.entity.Candidacy;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.consultants.entity.Observation;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;
import dk.broer.content.entity.Rubric;
import dk.broer.learning.entity.Completion;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assessor's work: the observation scored against the rubric, changes asked for, approval —
 * refused, with what is missing, until every module and requirement is met — renewal and
 * revocation. Approval records the completion of the certification track and grants the award
 * (valid for the track's months), whose PDF and credential say until when.
 */
@ApplicationScoped
public class Assessments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Candidates candidates;

    @Inject
    Practice practice;

    @Inject
    Awards awards;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public record Scores(LocalDate observedOn, Map<String, String> scores, Map<String, String> notes) {
    }

    @Transactional
    public Observation observe(Caller assessor, long learnerId, Scores given) {
        Candidates.Context context = candidates.require(learnerId);
        Rubric rubric = rubric(context);
        List<FieldError> errors = new ArrayList<>();
        if (given.observedOn() == null || given.observedOn().isAfter(Copenhagen.today(clock))) {
            errors.add(FieldError.of("observedOn", given.observedOn() == null ? "practice.date.missing" : "practice.date.future"));
        }
        Map<String, String> scores = given.scores() == null ? Map.of() : given.scores();
        Map<String, String> notes = given.notes() == null ? Map.of() : given.notes();
        JsonObjectBuilder scored = Json.createObjectBuilder();
        JsonObjectBuilder noted = Json.createObjectBuilder();
        rubric.criteria().forEach(c -> {
            String level = scores.get(c.id());
            if (level == null || rubric.level(level).isEmpty()) {
                errors.add(FieldError.of("scores." + c.id(), "assessment.score.missing"));
            } else {
                scored.add(c.id(), level);
            }
            String note = notes.get(c.id());
            FreeText.problem("notes." + c.id(), note, 1000).ifPresent(errors::add);
            if (note != null && !note.isBlank()) {
                noted.add(c.id(), note.strip());
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        boolean passed = rubric.criteria().stream().allMatch(c -> rubric.passes(scores.get(c.id())));
        Observation observation = new Observation(learnerId, assessor.id(), given.observedOn(), scored.build().toString(),
                noted.build().toString(), passed, clock.instant());
        em.persist(observation);
        practice.step(learnerId, HistoryStep.Kind.OBSERVED, assessor.id(), null);
        audit.record("assessment.observe", "learner", learnerId, "passed=" + passed);
        return observation;
    }

    @Transactional
    public Candidacy askForChanges(Caller assessor, long learnerId, String message) {
        Candidates.Context context = candidates.require(learnerId);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw ApiProblem.invalid(FieldError.of("message", "assessment.message.missing"));
        }
        FreeText.problem("message", text, Candidacy.MESSAGE_MAX).ifPresent(e -> {
            throw ApiProblem.invalid(e);
        });
        if (context.candidacy().status() != CandidacyStatus.SUBMITTED) {
            throw ApiProblem.conflict("assessment.notSubmitted");
        }
        context.candidacy().askForChanges(assessor.id(), text);
        practice.step(learnerId, HistoryStep.Kind.CHANGES_REQUESTED, assessor.id(), text);
        audit.record("assessment.changes", "learner", learnerId, null);
        return context.candidacy();
    }

    @Transactional
    public Award approve(Caller assessor, long learnerId, String language) {
        Candidates.Context context = candidates.require(learnerId);
        if (context.candidacy().status() != CandidacyStatus.SUBMITTED) {
            throw ApiProblem.conflict("assessment.notSubmitted");
        }
        Requirements.Readiness readiness = candidates.readiness(context);
        if (!readiness.ready()) {
            throw ApiProblem.conflict("assessment.notReady", missing(context, readiness, language));
        }
        Validity validity = Validity.of(Copenhagen.today(clock), context.certification().validityMonths());
        Completion completion = new Completion(context.enrolment().id(), learnerId, context.cohort().id(), context.track().id(),
                versions(context), clock.instant());
        em.persist(completion);
        em.flush();
        Award award = awards.certify(completion, validity.validUntil(), assessor.id());
        context.candidacy().approve(assessor.id(), clock.instant());
        practice.step(learnerId, HistoryStep.Kind.APPROVED, assessor.id(), award.code());
        return award;
    }

    @Transactional
    public Award approveRenewal(Caller assessor, long learnerId, String language) {
        Candidates.Context context = candidates.require(learnerId);
        if (context.candidacy().renewalSubmittedAt().isEmpty()) {
            throw ApiProblem.conflict("assessment.renewal.notSubmitted");
        }
        Award current = candidates.certification(learnerId, context.track().id()).filter(Award::isValid)
                .orElseThrow(() -> ApiProblem.conflict("practice.renewal.notCertified"));
        Candidates.RenewalStanding standing = candidates.renewal(context, current, clock.instant());
        if (!standing.ready()) {
            throw ApiProblem.conflict("assessment.renewal.notReady", standing.refresherPassed() ? 1 : 0,
                    standing.activities(), standing.activitiesNeeded());
        }
        Validity next = Candidates.validity(current).renewed(context.certification().validityMonths());
        Award renewed = awards.renew(current, next.validUntil(), assessor.id());
        renewed.holdsFrom(next.validFrom());
        context.candidacy().renewed();
        practice.step(learnerId, HistoryStep.Kind.RENEWED, assessor.id(), renewed.code());
        return renewed;
    }

    @Transactional
    public Award revoke(Caller assessor, long learnerId, String reason, String publicReason) {
        Candidates.Context context = candidates.require(learnerId);
        Award current = candidates.certification(learnerId, context.track().id())
                .orElseThrow(() -> ApiProblem.conflict("practice.renewal.notCertified"));
        Award revoked = awards.revoke(current.code(), reason, publicReason);
        practice.step(learnerId, HistoryStep.Kind.REVOKED, assessor.id(), revoked.publicReason().orElse(null));
        return revoked;
    }

    public Rubric rubric(Candidates.Context context) {
        return context.certification().practice().stream().filter(r -> r.kind() == PracticeKind.OBSERVED_FACILITATION)
                .map(PracticeRequirement::rubricIfAny).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("The track " + context.track().id() + " has no observation rubric"));
    }

    /** "Evaluering af dialoger; Fire supervisionsmøder (1 af 4)": what stands between the candidate and approval. */
    static String missing(Candidates.Context context, Requirements.Readiness readiness, String language) {
        List<String> parts = new ArrayList<>();
        readiness.missingModules().forEach(m -> parts.add(m));
        readiness.unmet().forEach(s -> parts.add(s.requirement().title().in(language) + " (" + s.shown() + "/" + s.requirement().count() + ")"));
        return String.join("; ", parts);
    }

    private String versions(Candidates.Context context) {
        var passed = candidates.progress(context.learner().id());
        return context.enrolment().modules().stream()
                .map(m -> m + "@" + java.util.Optional.ofNullable(passed.get(m)).flatMap(p -> p.passedVersion()).orElse(0))
                .collect(Collectors.joining(","));
    }
}
