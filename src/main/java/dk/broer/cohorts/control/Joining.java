package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.CohortStatus;
import dk.broer.cohorts.entity.Enrolled;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.EnrolmentMethod;
import dk.broer.cohorts.entity.JoinCode;
import dk.broer.cohorts.entity.Unenrolled;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.control.Learners;
import dk.broer.people.control.Sessions;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Putting learners into cohorts: by join code from their own phone, or by a trainer's hand. A
 * place is taken by one conditional update of the cohort's count ("enrolled < capacity"), made
 * after the learner row and just before the enrolment, so the hot row is locked only for the
 * last moment of the transaction; a full cohort rolls the whole join back. The boundary runs
 * each join in Retry, which repeats it on a lock conflict.
 */
@ApplicationScoped
public class Joining {

    /** Wrong codes per address; see JoinCode for why there is no per-cohort counter. */
    static final ThrottleRule WRONG_CODES = new ThrottleRule("join:address", 20, Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Learners learners;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    @Inject
    AuditLog audit;

    @Inject
    Event<Enrolled> enrolled;

    @Inject
    Event<Unenrolled> unenrolled;

    Clock clock = Clock.systemUTC();

    /**
     * What a join gave: the enrolment, the learner and, for a newcomer, their resume code (shown
     * once) and the session for their device.
     */
    public record Joined(Cohort cohort, Enrolment enrolment, Learner learner, boolean already,
                         String resumeCode, Sessions.Started session) {
    }

    /** The cohort a typed code opens; an unknown code counts as a failed guess. */
    @Transactional
    public Cohort byCode(String typed) {
        Throttle.Key key = new Throttle.Key(WRONG_CODES, address.value());
        throttle.check(key);
        Optional<Cohort> cohort = JoinCode.normalise(typed).flatMap(code -> em.createNamedQuery(Cohort.BY_JOIN_CODE,
                Cohort.class).setParameter("code", code).getResultStream().findFirst());
        if (cohort.isEmpty()) {
            throttle.fail(key);
            throw ApiProblem.of(404, "join.unknownCode").titled("join.unknownCodeTitle");
        }
        return cohort.get();
    }

    /**
     * Joins with a code. A signed-in learner joins as themselves (a second cohort, or the same one
     * again, which changes nothing); anyone else becomes a new learner, signed in on this device.
     */
    @Transactional
    public Joined join(String code, Caller caller, LearnerDetails details) {
        Cohort cohort = byCode(code);
        if (caller.isStaff()) {
            throw ApiProblem.conflict("join.signedInAsStaff");
        }
        if (caller.isLearner()) {
            Optional<Enrolment> existing = enrolment(cohort.id(), caller.id());
            Learner learner = learners.find(caller.id()).orElseThrow();
            if (existing.isPresent()) {
                return new Joined(cohort, existing.get(), learner, true, null, null);
            }
            requireRoom(cohort);
            return new Joined(cohort, enrol(cohort, learner.id(), EnrolmentMethod.JOIN_CODE), learner, false, null, null);
        }
        Learners.check(details);
        requireRoom(cohort);
        Learners.WithCode made = learners.create(details);
        Enrolment enrolment = enrol(cohort, made.learner().id(), EnrolmentMethod.JOIN_CODE);
        Sessions.Started session = learners.signIn(made.learner());
        return new Joined(cohort, enrolment, made.learner(), false, made.resumeCode(), session);
    }

    /** A trainer adds someone by hand; they get a resume code to hand over. */
    @Transactional
    public Joined addByHand(Cohort cohort, LearnerDetails details) {
        Learners.check(details);
        if (cohort.status(Copenhagen.today(clock)) == CohortStatus.ENDED) {
            throw ApiProblem.conflict("join.ended");
        }
        Learners.WithCode made = learners.create(details);
        Enrolment enrolment = enrol(cohort, made.learner().id(), EnrolmentMethod.BY_HAND);
        audit.record("cohort.learner-add", "cohort", cohort.id(), "learner=" + made.learner().id());
        return new Joined(cohort, enrolment, made.learner(), false, made.resumeCode(), null);
    }

    /** One row of an employer's list, inside the import's transaction; a full cohort refuses it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Enrolment enrolImported(Cohort cohort, Learner learner) {
        return enrol(cohort, learner.id(), EnrolmentMethod.IMPORT);
    }

    @Transactional
    public void remove(Cohort cohort, long learnerId) {
        Enrolment enrolment = enrolment(cohort.id(), learnerId)
                .orElseThrow(() -> ApiProblem.notFound("cohort.learnerNotFound", learnerId));
        em.remove(enrolment);
        em.createNamedQuery(Cohort.FREE_PLACE).setParameter("id", cohort.id()).executeUpdate();
        audit.record("cohort.learner-remove", "cohort", cohort.id(), "learner=" + learnerId);
        unenrolled.fire(new Unenrolled(cohort.id(), learnerId, clock.instant()));
    }

    /** A new resume code for a learner of this cohort: the old one and every session of theirs end. */
    @Transactional
    public Learners.WithCode reissueCode(Cohort cohort, long learnerId) {
        enrolment(cohort.id(), learnerId).orElseThrow(() -> ApiProblem.notFound("cohort.learnerNotFound", learnerId));
        Learners.WithCode code = learners.reissueCode(learnerId);
        audit.record("learner.resume-code-reissue", "learner", learnerId, "cohort=" + cohort.id());
        return code;
    }

    /** A merge of two learner records (inside its transaction): the duplicate's enrolments move to the one kept, one per cohort. */
    void moveEnrolments(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(30) dk.broer.people.entity.LearnersMerged merge) {
        List<Long> keptCohorts = enrolmentsOf(merge.kept()).stream().map(Enrolment::cohortId).toList();
        for (Enrolment enrolment : enrolmentsOf(merge.duplicate())) {
            if (keptCohorts.contains(enrolment.cohortId())) {
                em.remove(enrolment);
                em.createNamedQuery(Cohort.FREE_PLACE).setParameter("id", enrolment.cohortId()).executeUpdate();
            } else {
                enrolment.moveTo(merge.kept());
            }
        }
        em.flush();
    }

    public List<Enrolment> enrolments(long cohortId) {
        return em.createNamedQuery(Enrolment.OF_COHORT, Enrolment.class).setParameter("cohort", cohortId).getResultList();
    }

    public List<Enrolment> enrolmentsOfOrganisation(long organisationId) {
        return em.createNamedQuery(Enrolment.OF_ORGANISATION, Enrolment.class).setParameter("organisation", organisationId)
                .getResultList();
    }

    /*
     * The learners of a cohort or an organisation come by a join, never by an IN list of their
     * ids: Derby plans a list of hundreds of ids as a scan of the whole table, each row compared
     * with each id, and the trainer's matrix for 500 learners took 175 ms that way.
     */

    public Map<Long, Learner> learnersIn(long cohortId) {
        return byId(em.createNamedQuery(Enrolment.LEARNERS_OF_COHORT, Learner.class).setParameter("cohort", cohortId)
                .getResultList());
    }

    public Map<Long, Learner> learnersOfOrganisation(long organisationId) {
        return byId(em.createNamedQuery(Enrolment.LEARNERS_OF_ORGANISATION, Learner.class)
                .setParameter("organisation", organisationId).getResultList());
    }

    private static Map<Long, Learner> byId(List<Learner> learners) {
        return learners.stream().collect(Collectors.toMap(Learner::id, Function.identity(), (a, b) -> a));
    }

    public List<Enrolment> enrolmentsOf(long learnerId) {
        return em.createNamedQuery(Enrolment.OF_LEARNER, Enrolment.class).setParameter("learner", learnerId).getResultList();
    }

    private Optional<Enrolment> enrolment(long cohortId, long learnerId) {
        return em.createNamedQuery(Enrolment.ONE, Enrolment.class).setParameter("cohort", cohortId)
                .setParameter("learner", learnerId).getResultStream().findFirst();
    }

    private void requireRoom(Cohort cohort) {
        CohortStatus status = cohort.status(Copenhagen.today(clock));
        switch (status) {
            case ENDED -> throw ApiProblem.conflict("join.ended");
            case CLOSED -> throw ApiProblem.conflict("join.closed");
            case FULL -> throw ApiProblem.conflict("join.full");
            default -> {
                // takes people
            }
        }
    }

    /** Takes a place (or refuses: full) and enrols, firing Enrolled inside this transaction. */
    private Enrolment enrol(Cohort cohort, long learnerId, EnrolmentMethod method) {
        int taken = em.createNamedQuery(Cohort.TAKE_PLACE).setParameter("id", cohort.id()).executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("join.full");
        }
        learners.find(learnerId).ifPresent(l -> l.employedBy(cohort.organisationId()));
        List<String> modules = content.catalogue().track(cohort.trackId()).orElseThrow().moduleIds();
        Enrolment enrolment = new Enrolment(cohort, learnerId, modules, method, clock.instant());
        em.persist(enrolment);
        em.flush();
        enrolled.fire(new Enrolled(enrolment.id(), cohort.id(), learnerId, cohort.organisationId(), cohort.districtCode(),
                cohort.trackId(), enrolment.audience(), method, enrolment.enrolledAt()));
        return enrolment;
    }
}
