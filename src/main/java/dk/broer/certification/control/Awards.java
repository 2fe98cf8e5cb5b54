package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardIssued;
import dk.broer.certification.entity.AwardRevoked;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Completion;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Caller;
import dk.broer.people.control.PersonName;
import dk.broer.people.entity.Learner;
import dk.broer.people.entity.LearnersMerged;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.ReadableCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A certificate's life: issued once the holder's name is confirmed (by the learner, or by a
 * trainer on their behalf), reissued under a corrected name (the old edition superseded),
 * revoked with a reason. Every step is in the audit log, in the transaction of the change.
 */
@ApplicationScoped
public class Awards {

    /** Verification codes: 2 × 5 of 29 symbols, about 48 bits; with the throttle, not guessable in a lifetime. */
    public static final int CODE_GROUPS = 2;
    public static final int CODE_SIZE = 5;
    public static final int REASON_MAX = 500;
    public static final int PUBLIC_REASON_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    ContentCatalogue content;

    @Inject
    CertificatePrinting printing;

    @Inject
    Issuer issuer;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<AwardIssued> issued;

    @Inject
    jakarta.enterprise.event.Event<AwardRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /** A completed frontline track and its certificate, if issued: the current edition, or the last if none is valid. */
    public record Entitlement(Completion completion, Learner learner, Optional<Award> award) {
    }

    /** What confirming a whole cohort did: how many were issued, and whose names could not be printed. */
    public record Bulk(int issued, List<Refused> refused) {
    }

    public record Refused(long completionId, String name, FieldError problem) {
    }

    public Optional<Award> byCode(String code) {
        return em.createNamedQuery(Award.BY_CODE, Award.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** A learner's certificates to show: one per completed frontline track. */
    public List<Entitlement> ofLearner(long learnerId) {
        List<Completion> completions = em.createNamedQuery(Completion.OF_LEARNER, Completion.class)
                .setParameter("learner", learnerId).getResultList();
        return entitlements(completions);
    }

    public List<Entitlement> ofCohort(long cohortId) {
        return entitlements(em.createNamedQuery(Completion.OF_COHORT, Completion.class).setParameter("cohort", cohortId)
                .getResultList());
    }

    /** Every award of a cohort that is valid now, in the order they are handed out (by name). */
    public List<Award> validOfCohort(long cohortId) {
        return em.createNamedQuery(Award.OF_COHORT, Award.class).setParameter("cohort", cohortId).getResultStream()
                .filter(a -> a.isValid() && !a.holderErased()).sorted(Comparator.comparing(Award::holderName, Names.danishOrder())).toList();
    }

    /** All editions of a completion's award, oldest first. */
    public List<Award> editions(long completionId) {
        return em.createNamedQuery(Award.OF_COMPLETIONS, Award.class).setParameter("completions", List.of(completionId))
                .getResultList();
    }

    private List<Entitlement> entitlements(List<Completion> completions) {
        List<Completion> frontline = completions.stream().filter(c -> isFrontline(c.trackId())).toList();
        if (frontline.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Award>> awards = em.createNamedQuery(Award.OF_COMPLETIONS, Award.class)
                .setParameter("completions", frontline.stream().map(Completion::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(Award::completionId));
        return frontline.stream().map(c -> new Entitlement(c, em.find(Learner.class, c.learnerId()),
                current(awards.getOrDefault(c.id(), List.of())))).toList();
    }

    private static Optional<Award> current(List<Award> editions) {
        return editions.stream().filter(Award::isValid).findFirst()
                .or(() -> editions.stream().max(Comparator.comparingInt(Award::edition)));
    }

    /**
     * The learner confirms (and may correct) the name to be printed; the certificate is issued.
     * Confirming again, or twice at once, gives back the same award: the database holds one
     * first edition per completion, and the losing transaction is retried by the caller.
     */
    @Transactional
    public Award confirmOwn(Caller learner, long completionId, String typedName) {
        Completion completion = em.find(Completion.class, completionId);
        if (completion == null || completion.learnerId() != learner.id()) {
            throw ApiProblem.notFound("certificate.completion.notFound", completionId);
        }
        return issue(completion, typedName, null);
    }

    /** A trainer confirms the name on the learner's behalf (they came with a slip, or were marked complete by hand). */
    @Transactional
    public Award confirmOnBehalf(Caller staff, long cohortId, long completionId, String typedName) {
        Cohort cohort = cohorts.visibleTo(staff, cohortId);
        Completion completion = em.find(Completion.class, completionId);
        if (completion == null || completion.cohortId() != cohort.id()) {
            throw ApiProblem.notFound("certificate.completion.notFound", completionId);
        }
        return issue(completion, typedName, staff.id());
    }

    /** Every completed learner of the cohort still without a certificate, under the name Broer has for them. */
    @Transactional
    public Bulk confirmAll(Caller staff, long cohortId) {
        Cohort cohort = cohorts.visibleTo(staff, cohortId);
        int issued = 0;
        List<Refused> refused = new ArrayList<>();
        for (Entitlement e : ofCohort(cohort.id())) {
            if (e.award().isPresent()) {
                continue;
            }
            List<FieldError> problems = nameProblems(e.learner().name());
            if (problems.isEmpty()) {
                issue(e.completion(), e.learner().name(), staff.id());
                issued++;
            } else {
                refused.add(new Refused(e.completion().id(), e.learner().name(), problems.get(0)));
            }
        }
        return new Bulk(issued, List.copyOf(refused));
    }

    private Award issue(Completion completion, String typedName, Long confirmedBy) {
        List<Award> editions = editions(completion.id());
        if (!editions.isEmpty()) {
            return current(editions).orElseThrow();
        }
        if (!isFrontline(completion.trackId())) {
            throw ApiProblem.conflict("certificate.notFrontline");
        }
        String name = checkedName(typedName);
        Learner learner = em.find(Learner.class, completion.learnerId());
        if (!learner.name().equals(name)) {
            learner.rename(name);
        }
        Award award = new Award(facts(completion), 1, name, ReadableCode.random(CODE_GROUPS, CODE_SIZE), confirmedBy,
                clock.instant());
        em.persist(award);
        em.flush();
        issued.fire(new AwardIssued(award.id()));
        audit.record("certificate.issue", "award", award.id(), "completion=" + completion.id()
                + (confirmedBy == null ? " confirmed-by=learner" : " confirmed-by=staff on behalf of learner=" + learner.id()));
        return award;
    }

    /**
     * An assessor's approval grants a certification: an award valid until the given day (its PDF and
     * credential say so), for the completion the approval itself records.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award certify(Completion completion, java.time.LocalDate validUntil, long assessor) {
        Learner learner = em.find(Learner.class, completion.learnerId());
        String name = checkedName(learner.name());
        Award.Facts facts = facts(completion);
        Award award = new Award(facts.until(validUntil), 1, name, ReadableCode.random(CODE_GROUPS, CODE_SIZE), assessor, clock.instant());
        em.persist(award);
        em.flush();
        issued.fire(new AwardIssued(award.id()));
        audit.record("certification.grant", "award", award.id(), "completion=" + completion.id() + " valid-until=" + validUntil);
        return award;
    }

    /**
     * A renewal: a new edition valid until the new day, under a new code and credential id; the
     * original award date stays (the credential's awardedDate); the old edition is superseded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award renew(Award current, java.time.LocalDate validUntil, long assessor) {
        requireHolder(requireValid(current));
        Award.Facts facts = current.facts();
        Award next = new Award(facts.until(validUntil), current.edition() + 1, current.holderName(),
                ReadableCode.random(CODE_GROUPS, CODE_SIZE), assessor, clock.instant());
        em.persist(next);
        em.flush();
        current.supersede(next, clock.instant());
        issued.fire(new AwardIssued(next.id()));
        audit.record("certification.renew", "award", next.id(), "supersedes=" + current.id() + " valid-until=" + validUntil);
        return next;
    }

    /** A coordinator corrects the name: a new edition with a new code; the old one is superseded, not revoked. */
    @Transactional
    public Award correctName(String code, String typedName) {
        Award old = requireHolder(valid(code));
        String name = checkedName(typedName);
        if (name.equals(old.holderName())) {
            throw ApiProblem.invalid(FieldError.of("name", "certificate.name.same"));
        }
        Award next = new Award(old.facts(), old.edition() + 1, name, ReadableCode.random(CODE_GROUPS, CODE_SIZE),
                old.confirmedBy().orElse(null), clock.instant());
        em.persist(next);
        em.flush();
        old.supersede(next, clock.instant());
        issued.fire(new AwardIssued(next.id()));
        Learner learner = em.find(Learner.class, old.learnerId());
        if (learner != null) {
            learner.rename(name);
        }
        audit.record("certificate.reissue", "award", next.id(), "supersedes=" + old.id() + " edition=" + next.edition());
        return next;
    }

    @Transactional
    public Award revoke(String code, String reason, String publicReason) {
        String why = reason == null ? "" : reason.strip();
        String shown = publicReason == null || publicReason.isBlank() ? null : publicReason.strip();
        List<FieldError> problems = new ArrayList<>();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            problems.add(FieldError.of("reason", "certificate.reason.missing", REASON_MAX));
        }
        if (shown != null && shown.length() > PUBLIC_REASON_MAX) {
            problems.add(FieldError.of("publicReason", "certificate.publicReason.tooLong", PUBLIC_REASON_MAX));
        }
        Award award = valid(code);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        award.revoke(why, shown, clock.instant());
        em.flush();
        revoked.fire(new AwardRevoked(award.id()));
        audit.record("certificate.revoke", "award", award.id(), "reason=" + why);
        return award;
    }

    /** The award behind a code, if it is still valid; 404 or 409 (revoked, superseded) otherwise. */
    private Award valid(String code) {
        return requireValid(byCode(code).orElseThrow(() -> ApiProblem.notFound("certificate.notFound")));
    }

    /** 409 for a certificate whose holder was erased: there is no name to print, correct or renew. */
    public static Award requireHolder(Award award) {
        if (award.holderErased()) {
            throw ApiProblem.conflict("certificate.holderErased");
        }
        return award;
    }

    /** 409 for a certificate that is no longer valid: it can't be printed, corrected or revoked again. */
    public static Award requireValid(Award award) {
        return switch (award.status()) {
            case VALID -> award;
            case SUPERSEDED -> throw ApiProblem.conflict("certificate.already.superseded");
            case REVOKED -> throw ApiProblem.conflict("certificate.already.revoked");
        };
    }

    /** The name tidied (NFC, trimmed), or 400 naming why it can't be printed; nothing is saved. */
    public String checkedName(String typed) {
        List<FieldError> problems = nameProblems(typed);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return PersonName.tidy(typed);
    }

    public List<FieldError> nameProblems(String typed) {
        List<FieldError> problems = PersonName.problems("name", typed, "certificate.name");
        if (!problems.isEmpty()) {
            return problems;
        }
        return printing.problemWith("name", PersonName.tidy(typed)).map(List::of).orElse(List.of());
    }

    public Award.Facts facts(Completion completion) {
        Cohort cohort = em.find(Cohort.class, completion.cohortId());
        Organisation organisation = em.find(Organisation.class, cohort.organisationId());
        Track track = content.catalogue().track(completion.trackId()).orElseThrow();
        return new Award.Facts(completion.id(), completion.learnerId(), cohort.id(), track.id(), track.title().in("da"),
                track.title().in("en"), cohort.name(), organisation.name(), issuer.name(),
                Copenhagen.local(completion.completedAt()).toLocalDate(), null);
    }

    private boolean isFrontline(String trackId) {
        return content.catalogue().track(trackId).filter(t -> t.certificationIfAny().isEmpty()).isPresent();
    }

    void moveAwards(@Observes @Priority(15) LearnersMerged merge) {
        em.createNamedQuery(Award.MOVE).setParameter("kept", merge.kept()).setParameter("duplicate", merge.duplicate())
                .executeUpdate();
    }
}
