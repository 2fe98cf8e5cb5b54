package dk.broer.learning.control;

import dk.broer.cohorts.control.CohortsDemoData;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Attendance;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Attempt;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.people.control.Learners;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Demo learners at every stage: just joined, started, halfway, failed three times, quiet for over a
 * week (the matrix shows Valby's three stuck), all modules passed but still waiting for the
 * workshop, completed, due for the 30-day follow-up, and done with it;
 * with attendance marked for past meetings. All invented, written straight as the records the
 * learning rules would have left.
 */
@ApplicationScoped
public class LearningDemoData {

    /** After the cohorts and their learners. */
    public static final int ORDER = CohortsDemoData.COHORTS + 10;

    /** How far each demo learner got: modules passed, failed attempts on the next, at the workshop, days since. */
    record Stage(int passed, int failedNext, boolean started, Boolean present, int daysAgo, boolean followUpPassed) {
    }

    static final Map<String, Stage> VALBY = Map.of(
            "Ayşe Yılmaz", new Stage(99, 0, false, true, 1, false),
            "Mikkel Sørensen", new Stage(3, 0, true, true, 1, false),
            "Nguyễn Thị Lan", new Stage(1, 3, true, true, 1, false),
            "Katarzyna Nowak", new Stage(0, 0, true, null, 2, false),
            "Jógvan Poulsen", new Stage(99, 0, false, false, 1, false),
            "Fatima El-Amin", new Stage(1, 0, false, true, 2, false),
            "Henrik Ødegård", new Stage(1, 0, false, null, 9, false),
            "Mehmet Şahin", new Stage(2, 1, true, false, 2, false));

    static final Map<String, Stage> SOLVGADE = Map.of(
            "Ingrid Dam", new Stage(99, 0, false, true, 50, false),
            "Yusra Abdullahi", new Stage(99, 1, false, true, 50, false),
            "Agnieszka Kowalska", new Stage(99, 0, false, true, 50, false),
            "Emre Demir", new Stage(99, 0, false, true, 50, true),
            "Bjarki Hansen", new Stage(2, 0, true, false, 60, false),
            "فاطمة الزهراء", new Stage(99, 0, false, true, 50, true));

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Joining joining;

    @Inject
    Learners learners;

    @Transactional
    void add(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (!em.createQuery("select p from ModuleProgress p", ModuleProgress.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        stages("Fjordlinjen Valby – morgenholdet", VALBY);
        stages("Butik Sølvgade Syd – efterårsholdet", SOLVGADE);
    }

    private void stages(String cohortName, Map<String, Stage> stages) {
        List<Cohort> found = em.createQuery("select c from Cohort c where c.name = :name", Cohort.class)
                .setParameter("name", cohortName).getResultList();
        if (found.isEmpty()) {
            return;
        }
        Cohort cohort = found.get(0);
        Track track = content.catalogue().track(cohort.trackId()).orElseThrow();
        List<Meeting> past = em.createNamedQuery(Meeting.OF_COHORT, Meeting.class).setParameter("cohort", cohort.id())
                .getResultStream().filter(m -> m.endsAt().isBefore(Instant.now())).toList();
        List<Enrolment> enrolments = joining.enrolments(cohort.id());
        Map<Long, Learner> people = joining.learnersIn(cohort.id());
        for (Enrolment enrolment : enrolments) {
            Stage stage = stages.get(people.get(enrolment.learnerId()).name());
            if (stage != null) {
                apply(enrolment, track, stage, past);
            }
        }
    }

    private void apply(Enrolment enrolment, Track track, Stage stage, List<Meeting> past) {
        Instant at = Instant.now().minus(Duration.ofDays(stage.daysAgo()));
        List<String> required = CompletionRules.required(enrolment.modules(), track);
        int passed = Math.min(stage.passed(), required.size());
        for (int i = 0; i < passed; i++) {
            pass(enrolment.learnerId(), module(required.get(i)), at.minus(Duration.ofHours(passed - i)));
        }
        if (passed < required.size() && (stage.started() || stage.failedNext() > 0)) {
            Module next = module(required.get(passed));
            ModuleProgress progress = new ModuleProgress(enrolment.learnerId(), next.id(), at);
            for (int f = 0; f < stage.failedNext(); f++) {
                progress.attempted(attempt(enrolment.learnerId(), next, false, at.plus(Duration.ofMinutes(10L * (f + 1)))));
            }
            em.persist(progress);
        }
        if (stage.present() != null) {
            past.forEach(m -> em.persist(new Attendance(m.id(), enrolment.learnerId(), stage.present(), null, m.endsAt())));
        }
        boolean workshop = track.completion().workshop() != dk.broer.content.entity.Workshop.REQUIRED || Boolean.TRUE.equals(stage.present());
        if (passed == required.size() && workshop && track.certificationIfAny().isEmpty()) {
            String versions = required.stream().map(m -> m + "@" + module(m).version()).collect(Collectors.joining(","));
            em.persist(new Completion(enrolment.id(), enrolment.learnerId(), enrolment.cohortId(), enrolment.trackId(),
                    versions, at));
            if (stage.followUpPassed()) {
                track.followUpIfAny().ifPresent(f -> pass(enrolment.learnerId(), module(f), at.plus(Duration.ofDays(31))));
            }
        }
    }

    /** A module passed as the learning rules would have recorded it; other capabilities' demo data use it too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pass(long learnerId, String moduleId, Instant at) {
        pass(learnerId, module(moduleId), at);
    }

    private void pass(long learnerId, Module module, Instant at) {
        ModuleProgress progress = new ModuleProgress(learnerId, module.id(), at.minus(Duration.ofMinutes(25)));
        progress.attempted(attempt(learnerId, module, true, at));
        em.persist(progress);
    }

    private Attempt attempt(long learnerId, Module module, boolean passing, Instant at) {
        int total = module.in("da").questions().size();
        Attempt attempt = new Attempt(learnerId, module.id(), module.version(), "da", "demo", passing ? total : total / 2,
                total, 80, at);
        em.persist(attempt);
        return attempt;
    }

    private Module module(String id) {
        return content.catalogue().module(id).orElseThrow();
    }
}
