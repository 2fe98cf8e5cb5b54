package dk.broer.evaluations.control;

import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.evaluations.entity.PaperForm;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The three ways an answer comes in: a learner's own page, a link anyone at the occasion may hold, a typed-in paper form. */
@ApplicationScoped
public class Evaluations {

    /** Links are long random tokens; this only keeps someone from trying many. Counts failures only. */
    static final ThrottleRule WRONG_LINKS = new ThrottleRule("evaluation-link:address", 30, Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    CourseOccasions courses;

    @Inject
    Holding holding;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    Clock clock = Clock.systemUTC();

    public Questionnaire questionnaire(OccasionKind kind) {
        return content.catalogue().questionnaireFor(kind.code());
    }

    @Transactional
    public void answer(long learnerId, String key, Map<String, Integer> scores, String comment) {
        CourseOccasions.Open open = courses.openTo(learnerId, key);
        if (open.answered()) {
            throw ApiProblem.conflict("evaluation.already");
        }
        Questionnaire questionnaire = questionnaire(open.course().kind());
        AnswerContent answer = AnswerCheck.check(questionnaire, scores, comment);
        holding.fromLearner(courses.made(open.course(), questionnaire.id()), open.enrolment().id(), answer);
    }

    /** The occasion a link belongs to, while it takes answers; an unknown token counts as a failed guess. */
    public Occasion byLink(String token) {
        Throttle.Key guesses = new Throttle.Key(WRONG_LINKS, address.value());
        throttle.check(guesses);
        List<Occasion> found = token == null || token.isBlank() ? List.of()
                : em.createNamedQuery(Occasion.BY_LINK, Occasion.class).setParameter("token", token.strip()).getResultList();
        if (found.isEmpty()) {
            throttle.fail(guesses);
            throw ApiProblem.notFound("evaluation.link.unknown");
        }
        Occasion occasion = found.get(0);
        LocalDate today = Copenhagen.today(clock);
        if (occasion.isReleased() || today.isAfter(occasion.closesOn())) {
            throw ApiProblem.notFound("evaluation.link.closed");
        }
        return occasion;
    }

    @Transactional
    public void answerByLink(String token, Map<String, Integer> scores, String comment) {
        Occasion occasion = byLink(token);
        AnswerContent answer = AnswerCheck.check(questionnaire(occasion.kind()), scores, comment);
        LocalDate today = Copenhagen.today(clock);
        if (today.isBefore(occasion.opensOn())) {
            throw ApiProblem.conflict("evaluation.notYet", occasion.opensOn());
        }
        if (occasion.isFull()) {
            throw ApiProblem.conflict("evaluation.full");
        }
        holding.fromLink(occasion, answer);
    }

    /** A numbered paper form, typed in by a coordinator until the occasion closes. */
    @Transactional
    public void answerOnPaper(long occasionId, Integer form, Map<String, Integer> scores, String comment) {
        Occasion occasion = em.find(Occasion.class, occasionId);
        List<FieldError> errors = new ArrayList<>();
        if (form == null || form < 1 || form > PaperForm.MAX_NUMBER) {
            errors.add(FieldError.of("form", "evaluation.paper.number", PaperForm.MAX_NUMBER));
        }
        AnswerContent answer = AnswerCheck.check(questionnaire(occasion.kind()), scores, comment, errors);
        if (occasion.isReleased() || Copenhagen.today(clock).isAfter(occasion.closesOn())) {
            throw ApiProblem.conflict("evaluation.closed");
        }
        holding.fromPaper(occasion, form, answer);
    }

    public List<Integer> typedForms(long occasionId) {
        return em.createNamedQuery(PaperForm.OF_OCCASION, Integer.class).setParameter("occasion", occasionId).getResultList();
    }
}
