package dk.broer.consultants.control;

import dk.broer.certification.entity.Award;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.consultants.entity.Candidacy;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.consultants.entity.Observation;
import dk.broer.consultants.entity.PracticeEntry;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Certification;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a dialogue-consultant candidate stands: their enrolment on a certification track, their
 * candidacy, log, the assessor's observation, modules passed, the certification once granted and
 * whether its renewal can be asked for. Read by the candidate, the assessors and the register.
 */
@ApplicationScoped
public class Candidates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Joining joining;

    @Inject
    ContentCatalogue content;

    /** A candidate in one certification cohort. */
    public record Context(Learner learner, Enrolment enrolment, Cohort cohort, Track track, Candidacy candidacy) {

        public Certification certification() {
            return track.certificationIfAny().orElseThrow();
        }
    }

    /** What renewal still needs: the refresher passed in this validity, and local activities in every period. */
    public record RenewalStanding(boolean refresherPassed, int activities, int activitiesNeeded, boolean periodsMet) {

        public boolean ready() {
            return refresherPassed && periodsMet;
        }
    }

    /** The learner's candidacy on a certification track (the latest such enrolment), made at first use. */
    @Transactional
    public Optional<Context> of(long learnerId) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null) {
            return Optional.empty();
        }
        return joining.enrolmentsOf(learnerId).stream()
                .filter(e -> content.catalogue().track(e.trackId()).flatMap(Track::certificationIfAny).isPresent())
                .max(Comparator.comparing(Enrolment::enrolledAt))
                .map(e -> new Context(learner, e, em.find(Cohort.class, e.cohortId()), content.catalogue().track(e.trackId()).orElseThrow(),
                        candidacy(e)));
    }

    @Transactional
    public Context require(long learnerId) {
        return of(learnerId).orElseThrow(() -> ApiProblem.notFound("practice.notCandidate"));
    }

    private Candidacy candidacy(Enrolment enrolment) {
        return em.createNamedQuery(Candidacy.OF_LEARNER, Candidacy.class).setParameter("learner", enrolment.learnerId())
                .getResultStream().filter(c -> c.enrolmentId() == enrolment.id()).findFirst().orElseGet(() -> {
                    Candidacy fresh = new Candidacy(enrolment.id(), enrolment.learnerId());
                    em.persist(fresh);
                    return fresh;
                });
    }

    public List<Candidacy> all() {
        return em.createNamedQuery(Candidacy.ALL, Candidacy.class).getResultList();
    }

    public List<PracticeEntry> entries(long learnerId) {
        return em.createNamedQuery(PracticeEntry.OF_LEARNER, PracticeEntry.class).setParameter("learner", learnerId).getResultList();
    }

    public Optional<Observation> observation(long learnerId) {
        return em.createNamedQuery(Observation.LATEST, Observation.class).setParameter("learner", learnerId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<HistoryStep> history(long learnerId) {
        return em.createNamedQuery(HistoryStep.OF_LEARNER, HistoryStep.class).setParameter("learner", learnerId).getResultList();
    }

    /** Modules passed, with when. */
    public Map<String, ModuleProgress> progress(long learnerId) {
        return em.createNamedQuery(ModuleProgress.OF_LEARNER, ModuleProgress.class).setParameter("learner", learnerId)
                .getResultStream().filter(ModuleProgress::isPassed)
                .collect(Collectors.toMap(ModuleProgress::moduleId, Function.identity()));
    }

    /** A candidate's log, modules passed and latest observation, read once for everything that is worked out from them. */
    public record Record(List<PracticeEntry> entries, Map<String, ModuleProgress> passed, Optional<Observation> observation) {
    }

    public Record record(long learnerId) {
        return new Record(entries(learnerId), progress(learnerId), observation(learnerId));
    }

    public Requirements.Readiness readiness(Context context) {
        return readiness(context, record(context.learner().id()));
    }

    public Requirements.Readiness readiness(Context context, Record record) {
        boolean observed = record.observation().filter(Observation::passed).isPresent();
        return Requirements.readiness(context.enrolment().modules(), record.passed().keySet(),
                context.certification(), PracticeLog.counted(record.entries(), observed));
    }

    /** The certification on this track: the valid edition, else the latest. */
    public Optional<Award> certification(long learnerId, String trackId) {
        List<Award> awards = em.createNamedQuery(Award.OF_LEARNER, Award.class).setParameter("learner", learnerId).getResultStream()
                .filter(a -> a.trackId().equals(trackId)).toList();
        return awards.stream().filter(Award::isValid).findFirst()
                .or(() -> awards.stream().max(Comparator.comparing(Award::issuedAt)));
    }

    /** A certification award's validity: from its given day, else its issue day, to its last valid day. */
    public static Validity validity(Award award) {
        return new Validity(award.validFrom().orElse(dk.broer.platform.control.Copenhagen.local(award.issuedAt()).toLocalDate()),
                award.validUntil().orElseThrow());
    }

    /** Renewal asks for the refresher within the current validity and local activities in each period of it. */
    public RenewalStanding renewal(Context context, Award award, Instant now) {
        return renewal(context, award, now, record(context.learner().id()));
    }

    public RenewalStanding renewal(Context context, Award award, Instant now, Record record) {
        Renewal rule = context.certification().renewal();
        Optional<Instant> refresher = Optional.ofNullable(record.passed().get(rule.refresherModuleId()))
                .flatMap(ModuleProgress::passedAt);
        List<LocalDate> activities = record.entries().stream().filter(PracticeEntry::isLocalActivity)
                .map(PracticeEntry::occurredOn).toList();
        return RenewalRule.standing(rule, context.certification().activityPeriods(), validity(award), refresher, activities,
                dk.broer.platform.control.Copenhagen.local(now).toLocalDate());
    }
}
