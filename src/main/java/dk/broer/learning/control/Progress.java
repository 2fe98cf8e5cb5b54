package dk.broer.learning.control;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.control.KnowledgeCheck;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Attempt;
import dk.broer.learning.entity.AttemptMade;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModulePassed;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.people.entity.Learner;
import dk.broer.people.entity.LearnersMerged;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's progress through modules: opened, attempted, passed. Attempts of signed-in learners
 * are stored with the module's version and language; passing fires ModulePassed, on which
 * Completions completes every enrolment it finishes, in the same transaction.
 */
@ApplicationScoped
public class Progress {

    public static final int MAX_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Joining joining;

    @Inject
    Cohorts cohorts;

    @Inject
    Completions completions;

    @Inject
    AuditLog audit;

    @Inject
    Event<ModulePassed> passedEvent;

    @Inject
    Event<AttemptMade> attemptEvent;

    Clock clock = Clock.systemUTC();

    /** What an answered check meant: the pass mark that applied, whether it passed, and what was completed by it. */
    public record Outcome(int passMark, boolean passed, boolean stored, List<Completion> completed) {
    }

    /** The pass mark for this caller: their own tracks' strictest; for others the track asked for, or the strictest. */
    public int passMark(Caller caller, String moduleId, Optional<String> trackId) {
        Collection<Track> tracks;
        if (caller.isLearner()) {
            tracks = joining.enrolmentsOf(caller.id()).stream().map(e -> content.catalogue().track(e.trackId()))
                    .flatMap(Optional::stream).filter(t -> t.includes(moduleId)).toList();
        } else {
            tracks = trackId.flatMap(id -> content.catalogue().track(id)).filter(t -> t.includes(moduleId))
                    .map(List::of).orElse(List.of());
        }
        return CompletionRules.passMark(moduleId, tracks.isEmpty() ? content.catalogue().tracks() : tracks);
    }

    @Transactional
    public void open(long learnerId, String moduleId) {
        Module module = content.catalogue().module(moduleId).orElseThrow(() -> ApiProblem.notFound("module.notFound", moduleId));
        oneAtATime(learnerId);
        progress(learnerId, module.id()).ifPresentOrElse(p -> p.opened(clock.instant()),
                () -> em.persist(new ModuleProgress(learnerId, module.id(), clock.instant())));
    }

    /** Stores a signed-in learner's attempt; passing completes what it completes, at once. */
    @Transactional
    public Outcome answered(Caller caller, Module module, String language, List<KnowledgeCheck.Marked> marked,
                            Optional<String> trackId) {
        int passMark = passMark(caller, module.id(), trackId);
        int correct = (int) marked.stream().filter(KnowledgeCheck.Marked::correct).count();
        if (!caller.isLearner()) {
            return new Outcome(passMark, correct * 100 >= passMark * marked.size(), false, List.of());
        }
        oneAtATime(caller.id());
        Attempt attempt = new Attempt(caller.id(), module.id(), module.version(), language, answers(marked), correct,
                marked.size(), passMark, clock.instant());
        em.persist(attempt);
        ModuleProgress progress = progress(caller.id(), module.id()).orElseGet(() -> {
            ModuleProgress fresh = new ModuleProgress(caller.id(), module.id(), clock.instant());
            em.persist(fresh);
            return fresh;
        });
        boolean newlyPassed = progress.attempted(attempt);
        attemptEvent.fire(new AttemptMade(caller.id(), module.id(), module.version(), language, attempt.score(),
                attempt.passed(), attempt.attemptedAt()));
        List<Completion> completed = List.of();
        if (newlyPassed) { // only a first pass can complete anything
            List<Completion> before = completedOf(caller.id());
            em.flush();
            passedEvent.fire(new ModulePassed(caller.id(), module.id(), module.version(), attempt.score(), false,
                    attempt.attemptedAt()));
            completed = completedOf(caller.id());
            completed.removeIf(c -> before.stream().anyMatch(b -> b.id().equals(c.id())));
        }
        return new Outcome(passMark, attempt.passed() || progress.isPassed(), true, completed);
    }

    /** A trainer marks a module passed for a learner of their cohort who did it on paper, with why. */
    @Transactional
    public ModuleProgress passByHand(Caller caller, long cohortId, long learnerId, String moduleId, String reason) {
        Cohort cohort = cohorts.visibleTo(caller, cohortId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ApiProblem.invalid(FieldError.of("reason", "progress.reason.missing", MAX_REASON));
        }
        Enrolment enrolment = joining.enrolments(cohort.id()).stream().filter(e -> e.learnerId() == learnerId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("cohort.learnerNotFound", learnerId));
        if (!enrolment.modules().contains(moduleId)) {
            throw ApiProblem.invalid(FieldError.of("module", "progress.module.notInTrack", moduleId));
        }
        Module module = content.catalogue().module(moduleId).orElseThrow();
        oneAtATime(learnerId);
        ModuleProgress progress = progress(learnerId, moduleId).orElseGet(() -> {
            ModuleProgress fresh = new ModuleProgress(learnerId, moduleId, clock.instant());
            em.persist(fresh);
            return fresh;
        });
        if (progress.passedByHand(why, caller.id(), module.version(), clock.instant())) {
            em.flush();
            audit.record("progress.pass-by-hand", "learner", learnerId, "cohort=" + cohortId + "; module=" + moduleId);
            passedEvent.fire(new ModulePassed(learnerId, moduleId, module.version(), null, true, clock.instant()));
        }
        return progress;
    }

    public List<ModuleProgress> of(long learnerId) {
        return em.createNamedQuery(ModuleProgress.OF_LEARNER, ModuleProgress.class).setParameter("learner", learnerId)
                .getResultList();
    }

    /** The progress of everyone enrolled in the cohort (by a join: see Joining.learnersIn). */
    public Map<Long, Map<String, ModuleProgress>> ofCohort(long cohortId) {
        return byLearner(em.createNamedQuery(ModuleProgress.OF_COHORT, ModuleProgress.class).setParameter("cohort", cohortId)
                .getResultList());
    }

    public Map<Long, Map<String, ModuleProgress>> ofOrganisation(long organisationId) {
        return byLearner(em.createNamedQuery(ModuleProgress.OF_ORGANISATION, ModuleProgress.class)
                .setParameter("organisation", organisationId).getResultList());
    }

    private static Map<Long, Map<String, ModuleProgress>> byLearner(List<ModuleProgress> all) {
        return all.stream().collect(Collectors.groupingBy(ModuleProgress::learnerId,
                Collectors.toMap(ModuleProgress::moduleId, Function.identity(), (a, b) -> a)));
    }

    /** Two records, one person: attempts move, progress merges (the earlier pass counts), completions follow the enrolments. */
    void merge(@Observes @Priority(10) LearnersMerged merge) {
        em.createNamedQuery(Attempt.MOVE).setParameter("kept", merge.kept()).setParameter("duplicate", merge.duplicate())
                .executeUpdate();
        Map<String, ModuleProgress> kept = of(merge.kept()).stream()
                .collect(Collectors.toMap(ModuleProgress::moduleId, p -> p));
        for (ModuleProgress progress : of(merge.duplicate())) {
            ModuleProgress mine = kept.get(progress.moduleId());
            if (mine == null) {
                progress.moveTo(merge.kept());
            } else {
                mine.absorb(progress);
                em.remove(progress);
            }
        }
        List<Enrolment> keptEnrolments = joining.enrolmentsOf(merge.kept());
        List<Completion> keptCompletions = completions.of(keptEnrolments.stream().map(Enrolment::id).toList());
        for (Completion completion : completedOf(merge.duplicate())) {
            Optional<Enrolment> same = keptEnrolments.stream().filter(e -> e.cohortId() == completion.cohortId()).findFirst();
            if (same.isEmpty()) {
                completion.moveTo(merge.kept(), completion.enrolmentId());
            } else if (keptCompletions.stream().noneMatch(c -> c.enrolmentId() == same.get().id())) {
                completion.moveTo(merge.kept(), same.get().id());
            } else {
                em.remove(completion);
            }
        }
        em.flush();
    }

    /**
     * One learner's progress changes one at a time. Two tabs passing two modules at once would
     * each write a row and then read the learner's others for completion, each waiting on the
     * other's write: a deadlock. Locking the learner first makes the second wait its turn.
     */
    private void oneAtATime(long learnerId) {
        if (em.find(Learner.class, learnerId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ApiProblem.notFound("learner.notFound", learnerId);
        }
    }

    private List<Completion> completedOf(long learnerId) {
        return new java.util.ArrayList<>(em.createNamedQuery(Completion.OF_LEARNER, Completion.class)
                .setParameter("learner", learnerId).getResultList());
    }

    private Optional<ModuleProgress> progress(long learnerId, String moduleId) {
        return em.createNamedQuery(ModuleProgress.ONE, ModuleProgress.class).setParameter("learner", learnerId)
                .setParameter("module", moduleId).getResultStream().findFirst();
    }

    private static String answers(List<KnowledgeCheck.Marked> marked) {
        return marked.stream().map(m -> m.question().id() + "=" + m.selected().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","))).collect(Collectors.joining(";"));
    }
}
