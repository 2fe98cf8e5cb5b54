package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Learners;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Code slips for learners who have no phone with them: each slip carries a fresh resume code
 * (codes are kept only as keyed hashes, so a slip can only be printed with a new one; the old
 * code, if any, stops working) and a QR that signs in with the code in the URL fragment.
 */
@ApplicationScoped
public class Slips {

    public static final int MAX = 1000;

    @Inject
    Joining joining;

    @Inject
    Learners learners;

    @Inject
    BaseUrl baseUrl;

    @Inject
    AuditLog audit;

    public record Slip(long learnerId, String name, String code, String resumeUrl) {
    }

    @Transactional
    public List<Slip> issue(Cohort cohort, List<Long> learnerIds) {
        Set<Long> wanted = learnerIds == null ? Set.of() : new LinkedHashSet<>(learnerIds);
        if (wanted.isEmpty() || wanted.size() > MAX) {
            throw ApiProblem.invalid(FieldError.of("learners", "slips.choose", MAX));
        }
        Set<Long> inCohort = new java.util.HashSet<>(joining.enrolments(cohort.id()).stream().map(Enrolment::learnerId).toList());
        if (!inCohort.containsAll(wanted)) {
            throw ApiProblem.invalid(FieldError.of("learners", "slips.notInCohort"));
        }
        List<Slip> slips = new ArrayList<>();
        for (long id : wanted) {
            Learners.WithCode code = learners.reissueCode(id);
            slips.add(new Slip(id, code.learner().name(), code.resumeCode(), baseUrl.link("resume#" + code.resumeCode())));
        }
        audit.record("cohort.slips", "cohort", cohort.id(), "learners=" + wanted);
        return slips;
    }
}
