package dk.broer.activities.control;

import dk.broer.activities.entity.Activity;
import dk.broer.activities.entity.ActivityKind;
import dk.broer.activities.entity.Consultancy;
import dk.broer.content.entity.Questionnaire;
import dk.broer.evaluations.control.AnswerContent;
import dk.broer.evaluations.control.DemoAnswers;
import dk.broer.evaluations.control.EvaluationsDemoData;
import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.control.Holding;
import dk.broer.evaluations.control.LinkOccasions;
import dk.broer.evaluations.control.Release;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented events, a campaign and consultancies with their evaluations, enough for the reach
 * report to show each outcome: Taste the World (118 answers, 40 online and 78 paper forms, 86 %
 * agree: met), Byens Stemmer (36 answers, 69 %: not met), the nightlife campaign still running with
 * answers held; advice to a supermarket's staff (8 answers, 75 %: met), to a housing association's
 * board (3 answers: too few) and to a hotel last week (still open).
 */
@ApplicationScoped
public class ActivitiesDemoData {

    public static final int ORDER = EvaluationsDemoData.ORDER + 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkOccasions occasions;

    @Inject
    Evaluations evaluations;

    @Inject
    Holding holding;

    @Inject
    Release release;

    private final List<Long> toRelease = new ArrayList<>();

    @Transactional
    void hold(@Observes @Priority(ORDER) DemoDataRequested request) {
        if (!em.createQuery("select a from Activity a", Activity.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        long coordinator = em.createQuery("select a from StaffAccount a where a.username = 'coordinator'", StaffAccount.class)
                .getResultStream().findFirst().map(StaffAccount::id).orElse(0L);
        LocalDate today = Copenhagen.today(java.time.Clock.systemUTC());
        Occasion taste = activity(new Activity.Plan(ActivityKind.EVENT, "Internationale Dage – Taste the World", today.minusDays(80),
                today.minusDays(79), "noerrebro", List.of("Horesta", "Wonderful Copenhagen", "Nørrebro Lokaludvalg"), 350), coordinator);
        List<AnswerContent> tasted = answers(taste, 118, 101, List.of("Dejligt at smage maden fra hinandens lande.",
                "Flere boder næste år!", "Jeg talte med naboer, jeg aldrig har mødt før."));
        tasted.subList(0, 40).forEach(a -> holding.fromLink(taste, a));
        for (int form = 1; form <= 78; form++) {
            holding.fromPaper(taste, form, tasted.get(39 + form));
        }
        toRelease.add(taste.id());
        Occasion voices = activity(new Activity.Plan(ActivityKind.EVENT, "Byens Stemmer", today.minusDays(58), today.minusDays(58),
                "bispebjerg", List.of("Københavns Biblioteker"), 140), coordinator);
        answers(voices, 36, 25, List.of("Gode fortællinger, men svært at høre i salen.")).forEach(a -> holding.fromLink(voices, a));
        toRelease.add(voices.id());
        Occasion nightlife = activity(new Activity.Plan(ActivityKind.CAMPAIGN, "Nattelivskampagnen – alle skal kunne komme ind",
                today.minusDays(10), today.plusDays(20), "indre-by", List.of("Horesta", "Natklub Lygten 7"), 60), coordinator);
        answers(nightlife, 7, 6, List.of()).forEach(a -> holding.fromLink(nightlife, a));

        toRelease.add(consultancy(today.minusDays(45), "Personalet i et supermarked på Amagerbrogade", "amager-oest", 9, 8, 6,
                coordinator));
        toRelease.add(consultancy(today.minusDays(40), "Bestyrelsen i en boligforening i Tingbjerg", "broenshoej-husum", 4, 3, 3,
                coordinator));
        consultancy(today.minusDays(3), "Ledelsen på et hotel på Vesterbro", "vesterbro-kongens-enghave", 5, 2, 2, coordinator);
    }

    void release(@Observes @Priority(ORDER + 1) DemoDataRequested request) {
        toRelease.forEach(release::release);
        toRelease.clear();
    }

    private Occasion activity(Activity.Plan plan, long by) {
        Activity activity = new Activity(plan, by, Instant.now());
        em.persist(activity);
        em.flush();
        return occasions.open(activity.subject(), plan.startsOn(), plan.endsOn().plusDays(30), plan.participants());
    }

    private long consultancy(LocalDate on, String recipient, String district, int people, int answered, int agreeing, long by) {
        Consultancy consultancy = new Consultancy(on, recipient, district, people, by, Instant.now());
        em.persist(consultancy);
        em.flush();
        Occasion occasion = occasions.open(consultancy.subject(), on, on.plusDays(30), people);
        answers(occasion, answered, agreeing, List.of("Konkrete råd, vi kan bruge i morgen.")).forEach(a -> holding.fromLink(occasion, a));
        return occasion.id();
    }

    private List<AnswerContent> answers(Occasion occasion, int count, int agreeing, List<String> comments) {
        Questionnaire q = evaluations.questionnaire(occasion.kind());
        return DemoAnswers.of(q, count, agreeing, comments);
    }
}
