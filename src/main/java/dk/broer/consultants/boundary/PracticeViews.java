package dk.broer.consultants.boundary;

import dk.broer.certification.entity.Award;
import dk.broer.consultants.control.Assessments;
import dk.broer.consultants.control.Candidates;
import dk.broer.consultants.control.Requirements;
import dk.broer.consultants.control.Validity;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.consultants.entity.Observation;
import dk.broer.consultants.entity.PracticeEntry;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Rubric;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A candidate's standing as the candidate and the assessors see it (records, never entities). */
@ApplicationScoped
public class PracticeViews {

    @Inject
    Candidates candidates;

    @Inject
    Assessments assessments;

    @Inject
    ContentCatalogue content;

    Clock clock = Clock.systemUTC();

    public record CohortRef(long id, String name) {
    }

    public record RequirementView(String id, String kind, String title, String description, int done, int count, boolean met) {
    }

    public record Modules(int passed, int total, List<String> missing) {
    }

    public record Entry(long id, String kind, LocalDate occurredOn, LocalDate endedOn, String district, String partners,
                        Integer participants, String role, String title, String needsAnalysis, String plan, Integer meetingsHeld,
                        Integer evaluationAgreed, Integer evaluationAnswered, String stories, String supervisor, Integer minutes,
                        String notes, String text, boolean hasPdf, String countsTowards) {
    }

    public record CertificationView(String code, LocalDate validFrom, LocalDate validUntil, String standing, String status,
                                    LocalDate awardedOn, boolean renewalOpen, LocalDate renewalOpensOn) {
    }

    public record Refresher(String id, String title, boolean passed) {
    }

    public record RenewalView(boolean submitted, Refresher refresher, int activities, int activitiesNeeded, boolean ready) {
    }

    public record Step(String kind, Instant at, String shown) {
    }

    public record Level(String id, String title) {
    }

    public record Criterion(String id, String title, String description) {
    }

    public record RubricView(List<Level> scale, String passLevel, List<Criterion> criteria) {
    }

    public record ObservationView(LocalDate observedOn, Map<String, String> scores, Map<String, String> notes, boolean passed) {
    }

    public record Practice(long learnerId, String name, CohortRef cohort, String status, String changeMessage,
                           List<RequirementView> requirements, Modules modules, boolean ready, boolean readyToSubmit,
                           List<Entry> entries,
                           CertificationView certification, RenewalView renewal, List<Step> history, RubricView rubric,
                           ObservationView observation) {
    }

    /** What the candidate sees; the assessor sees the same plus the rubric and the observation. */
    public Practice of(Candidates.Context c, String language, boolean forAssessor) {
        long learner = c.learner().id();
        Candidates.Record record = candidates.record(learner);
        Requirements.Readiness readiness = candidates.readiness(c, record);
        Optional<Award> award = candidates.certification(learner, c.track().id());
        Optional<Observation> observation = record.observation();
        return new Practice(learner, c.learner().name(), new CohortRef(c.cohort().id(), c.cohort().name()),
                c.candidacy().status().code(), c.candidacy().changeMessage().orElse(null),
                readiness.practice().stream().map(s -> new RequirementView(s.requirement().id(), s.requirement().kind().code(),
                        s.requirement().title().in(language), s.requirement().description().in(language), s.shown(),
                        s.requirement().count(), s.met())).toList(),
                new Modules(c.enrolment().modules().size() - readiness.missingModules().size(), c.enrolment().modules().size(),
                        readiness.missingModules().stream().map(m -> title(m, language)).toList()),
                readiness.ready(), readyToSubmit(readiness), record.entries().stream().map(PracticeViews::entry).toList(),
                award.map(a -> certification(a, c)).orElse(null),
                award.filter(Award::isValid).map(a -> renewal(c, a, language, record)).orElse(null),
                candidates.history(learner).stream().map(h -> new Step(h.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        h.at(), shown(h, language))).toList(),
                forAssessor ? rubric(assessments.rubric(c), language) : null,
                observation.map(o -> new ObservationView(o.observedOn(), map(o.scores()), map(o.notes()), o.passed())).orElse(null));
    }

    /** Everything the candidate can do is done: only the assessor's observation may still be missing. */
    private static boolean readyToSubmit(Requirements.Readiness readiness) {
        return readiness.missingModules().isEmpty() && readiness.unmet().stream()
                .allMatch(s -> s.requirement().kind() == dk.broer.content.entity.PracticeKind.OBSERVED_FACILITATION);
    }

    private String title(String module, String language) {
        return content.catalogue().module(module).map(m -> m.in(language).title()).orElse(module);
    }

    private static String shown(HistoryStep step, String language) {
        return step.shown().map(s -> s.startsWith("practice.logged.") ? Messages.text(language, s) : s).orElse(null);
    }

    private CertificationView certification(Award award, Candidates.Context c) {
        Validity validity = Candidates.validity(award);
        Instant now = clock.instant();
        Renewal rule = c.certification().renewal();
        String status = award.status().code();
        return new CertificationView(award.code(), validity.validFrom(), validity.validUntil(),
                validity.standing(now).name().toLowerCase(Locale.ROOT), status, award.completedOn(),
                award.isValid() && validity.renewalOpenAt(now, rule.windowDays()),
                validity.validUntil().minusDays(rule.windowDays() - 1L));
    }

    private RenewalView renewal(Candidates.Context c, Award award, String language, Candidates.Record record) {
        Candidates.RenewalStanding standing = candidates.renewal(c, award, clock.instant(), record);
        String refresher = c.certification().renewal().refresherModuleId();
        return new RenewalView(c.candidacy().renewalSubmittedAt().isPresent(),
                new Refresher(refresher, title(refresher, language), standing.refresherPassed()), standing.activities(),
                standing.activitiesNeeded(), standing.ready());
    }

    private static RubricView rubric(Rubric rubric, String language) {
        return new RubricView(rubric.scale().stream().map(l -> new Level(l.id(), l.title().in(language))).toList(),
                rubric.passLevel(), rubric.criteria().stream().map(cr -> new Criterion(cr.id(), cr.title().in(language),
                cr.description().in(language))).toList());
    }

    private static Map<String, String> map(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        return object.keySet().stream().collect(Collectors.toMap(k -> k, object::getString));
    }

    static Entry entry(PracticeEntry e) {
        return new Entry(e.id(), e.kind().code(), e.occurredOn(), e.endedOn().orElse(null), e.districtCode().orElse(null),
                e.partners().orElse(null), e.participants().orElse(null),
                e.role().map(r -> r == PracticeEntry.Role.LEAD ? "lead" : "co-facilitator").orElse(null), e.title().orElse(null),
                e.needsAnalysis().orElse(null), e.plan().orElse(null), e.meetingsHeld().orElse(null),
                e.evaluationAgreed().orElse(null), e.evaluationAnswered().orElse(null), e.stories().orElse(null),
                e.supervisor().orElse(null), e.minutes().orElse(null), e.notes().orElse(null), e.caseText().orElse(null),
                e.hasPdf(), e.countsTowards().map(k -> k.code()).orElse(null));
    }

}
