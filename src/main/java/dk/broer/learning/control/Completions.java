package dk.broer.learning.control;

import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.AttendanceMarked;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModulePassed;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.learning.entity.TrackCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completes an enrolment the moment its rules are met: when a module is passed (in every
 * enrolment of the learner whose track includes it) and when attendance is marked. Runs inside
 * the transaction of the change, so the learner sees "completed" in the same answer; no cron.
 */
@ApplicationScoped
public class Completions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Joining joining;

    @Inject
    Attendances attendances;

    @Inject
    Event<TrackCompleted> completed;

    Clock clock = Clock.systemUTC();

    void onPassed(@Observes ModulePassed passed) {
        for (Enrolment enrolment : joining.enrolmentsOf(passed.learnerId())) {
            if (enrolment.modules().contains(passed.moduleId())) {
                evaluate(enrolment);
            }
        }
    }

    void onAttendance(@Observes AttendanceMarked marked) {
        if (Boolean.TRUE.equals(marked.present())) {
            joining.enrolmentsOf(marked.learnerId()).stream().filter(e -> e.cohortId() == marked.cohortId())
                    .findFirst().ifPresent(this::evaluate);
        }
    }

    public Optional<Completion> of(Enrolment enrolment) {
        return of(List.of(enrolment.id())).stream().findFirst();
    }

    public List<Completion> of(List<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of() : em.createNamedQuery(Completion.OF_ENROLMENTS, Completion.class)
                .setParameter("enrolments", enrolmentIds).getResultList();
    }

    public List<Completion> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Completion.OF_ORGANISATION, Completion.class).setParameter("organisation", organisationId)
                .getResultList();
    }

    public List<Completion> ofCohort(long cohortId) {
        return em.createNamedQuery(Completion.OF_COHORT, Completion.class).setParameter("cohort", cohortId).getResultList();
    }

    /** Completes the enrolment if its rules are met and it isn't complete already. */
    public Optional<Completion> evaluate(Enrolment enrolment) {
        Optional<Completion> existing = of(enrolment);
        Optional<Track> track = content.catalogue().track(enrolment.trackId());
        if (existing.isPresent() || track.isEmpty()) {
            return existing;
        }
        List<String> required = CompletionRules.required(enrolment.modules(), track.get());
        Map<String, ModuleProgress> progress = em.createNamedQuery(ModuleProgress.OF_LEARNER, ModuleProgress.class)
                .setParameter("learner", enrolment.learnerId()).getResultStream()
                .collect(Collectors.toMap(ModuleProgress::moduleId, Function.identity()));
        java.util.Set<String> passed = progress.values().stream().filter(ModuleProgress::isPassed)
                .map(ModuleProgress::moduleId).collect(Collectors.toSet());
        boolean attended = track.get().completion().workshop() == dk.broer.content.entity.Workshop.REQUIRED
                && attendances.attended(enrolment);
        if (!CompletionRules.met(track.get(), required, passed, attended)) {
            return Optional.empty();
        }
        String versions = required.stream().map(m -> m + "@" + progress.get(m).passedVersion().orElse(0))
                .collect(Collectors.joining(","));
        Completion completion = new Completion(enrolment.id(), enrolment.learnerId(), enrolment.cohortId(),
                enrolment.trackId(), versions, clock.instant());
        em.persist(completion);
        em.flush();
        completed.fire(new TrackCompleted(completion.id(), enrolment.id(), enrolment.learnerId(), enrolment.cohortId(),
                enrolment.trackId(), completion.completedAt()));
        return Optional.of(completion);
    }
}
