package dk.broer.activities.control;

import dk.broer.activities.entity.Activity;
import dk.broer.activities.entity.ActivityKind;
import dk.broer.evaluations.control.LinkOccasions;
import dk.broer.evaluations.control.Release;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import dk.broer.people.control.Caller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Events and campaigns as coordinators record them, each with its evaluation: answered from the
 * first day until some days after the last (broer.evaluations.activity-days), by as many as took part.
 */
@ApplicationScoped
public class Activities {

    public static final int MAX_PARTNERS = 20;
    public static final int MAX_PARTICIPANTS = 1_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkOccasions occasions;

    @Inject
    Release release;

    @Inject
    @ConfigProperty(name = "broer.evaluations.activity-days", defaultValue = "30")
    int activityDays;

    Clock clock = Clock.systemUTC();

    /** As the form sends it. */
    public record ActivityForm(String kind, String title, LocalDate startsOn, LocalDate endsOn, String district,
                               List<String> partners, Integer participants) {
    }

    public List<Activity> all() {
        return em.createNamedQuery(Activity.ALL, Activity.class).getResultList();
    }

    public Activity find(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) {
            throw ApiProblem.notFound("activity.notFound");
        }
        return activity;
    }

    public Occasion occasion(Activity activity) {
        return occasions.of(OccasionKind.ACTIVITY, activity.id());
    }

    @Transactional
    public Activity create(Caller caller, ActivityForm form) {
        Activity activity = new Activity(plan(form, 0), caller.id(), clock.instant());
        em.persist(activity);
        em.flush();
        occasions.open(activity.subject(), activity.startsOn(), closesOn(activity, Copenhagen.today(clock)), activity.participants());
        return activity;
    }

    @Transactional
    public Activity update(long id, ActivityForm form) {
        Activity activity = find(id);
        Occasion occasion = occasion(activity);
        activity.replan(plan(form, occasion.answered()));
        occasion.describe(activity.subject());
        LocalDate closes = closesOn(activity, Copenhagen.today(clock));
        occasion.reschedule(activity.startsOn(), closes.isAfter(occasion.closesOn()) ? closes : occasion.closesOn(), activity.participants());
        return activity;
    }

    /** Closes the evaluation now: its answers go to the results and the QR code stops taking answers. */
    public Activity close(long id) {
        Activity activity = find(id);
        release.release(occasion(activity).id());
        return activity;
    }

    /** Some days after the last day, or after today for an activity recorded afterwards, so its paper forms can be typed in. */
    private LocalDate closesOn(Activity activity, LocalDate today) {
        return (activity.endsOn().isAfter(today) ? activity.endsOn() : today).plusDays(activityDays);
    }

    private Activity.Plan plan(ActivityForm form, int answered) {
        ActivityForm f = form == null ? new ActivityForm(null, null, null, null, null, null, null) : form;
        OutreachChecks checks = new OutreachChecks(em);
        ActivityKind kind = ActivityKind.of(f.kind()).orElse(null);
        if (kind == null) {
            checks.errors.add(FieldError.of("kind", "activity.kind.unknown"));
        }
        String title = checks.text("title", f.title(), 200);
        checks.day("startsOn", f.startsOn());
        LocalDate endsOn = f.endsOn() == null ? f.startsOn() : f.endsOn();
        if (endsOn != null && f.startsOn() != null && endsOn.isBefore(f.startsOn())) {
            checks.errors.add(FieldError.of("endsOn", "activity.endsOn.beforeStart"));
        }
        checks.district("district", f.district());
        List<String> partners = partners(f.partners(), checks);
        checks.count("participants", f.participants(), 1, MAX_PARTICIPANTS);
        if (f.participants() != null && f.participants() < answered) {
            checks.errors.add(FieldError.of("participants", "activity.participants.belowAnswers", answered));
        }
        checks.done();
        return new Activity.Plan(kind, title, f.startsOn(), endsOn, f.district(), partners, f.participants());
    }

    private static List<String> partners(List<String> given, OutreachChecks checks) {
        List<String> partners = new ArrayList<>();
        for (String partner : given == null ? List.<String>of() : given) {
            if (partner != null && !partner.isBlank()) {
                partners.add(checks.text("partners", partner.replace('\n', ' '), 100));
            }
        }
        if (partners.size() > MAX_PARTNERS) {
            checks.errors.add(FieldError.of("partners", "activity.partners.tooMany", MAX_PARTNERS));
        }
        return partners;
    }
}
