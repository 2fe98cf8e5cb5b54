package dk.broer.evaluations.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.consultants.control.ConsultantsDemoData;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answered evaluations for the demo cohorts, through the real path (held sealed, then released):
 * Sølvgade's track (5 answers, 4 agree: the 80 % target met) and its meeting (5 answers, 2 agree:
 * not met), both closed; Valby's meeting yesterday, where 4 of 9 have answered and the answers are
 * still held. The second observer releases what has closed, once the first has committed.
 */
@ApplicationScoped
public class EvaluationsDemoData {

    public static final int ORDER = ConsultantsDemoData.ORDER + 10;
    static final String VALBY = "Fjordlinjen Valby – morgenholdet";
    static final String SOELVGADE = "Butik Sølvgade Syd – efterårsholdet";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseOccasions courses;

    @Inject
    Evaluations evaluations;

    @Inject
    Holding holding;

    @Inject
    Release release;

    private final List<Long> toRelease = new ArrayList<>();

    @Transactional
    void hold(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (!em.createQuery("select o from Occasion o where o.cohortId is not null", Occasion.class).setMaxResults(1)
                .getResultList().isEmpty()) {
            return;
        }
        cohort(SOELVGADE).ifPresent(c -> {
            toRelease.add(answer(c, "track-" + c.id(), 5, 4, List.of("Gode eksempler fra butikken.",
                    "Rollespillet var det bedste.")));
            courses.of(c).stream().filter(o -> o.kind() == OccasionKind.MEETING).findFirst().ifPresent(m ->
                    toRelease.add(answer(c, m.key(), 5, 2, List.of("For kort tid.", "Jeg savnede eksempler fra kassen."))));
        });
        cohort(VALBY).ifPresent(c -> courses.of(c).stream().filter(o -> o.kind() == OccasionKind.MEETING).findFirst()
                .ifPresent(m -> answer(c, m.key(), 4, 3, List.of("Godt at tale om det i pausen også."))));
    }

    void release(@Observes @Priority(ORDER + 1) DemoDataRequested request) {
        toRelease.forEach(release::release);
        toRelease.clear();
    }

    private long answer(Cohort cohort, String key, int count, int agreeing, List<String> comments) {
        CourseOccasions.Course course = courses.of(cohort, key);
        Questionnaire q = evaluations.questionnaire(course.kind());
        Occasion occasion = courses.made(course, q.id());
        List<Enrolment> enrolments = courses.eligible(course);
        List<AnswerContent> answers = DemoAnswers.of(q, Math.min(count, enrolments.size()), agreeing, comments);
        for (int i = 0; i < answers.size(); i++) {
            holding.fromLearner(occasion, enrolments.get(i).id(), answers.get(i));
        }
        return occasion.id();
    }

    private Optional<Cohort> cohort(String name) {
        return em.createQuery("select c from Cohort c where c.name = :name", Cohort.class).setParameter("name", name)
                .getResultStream().findFirst();
    }
}
