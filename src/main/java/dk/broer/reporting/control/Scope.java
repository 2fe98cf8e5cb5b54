package dk.broer.reporting.control;

import dk.broer.reporting.entity.Fact;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose figures a reader sees: everything (coordinators, admins), their own cohorts (a trainer) or
 * their own organisation (an organisation contact). Activities and consultancies belong to the
 * whole programme only.
 */
public record Scope(String label, Predicate<Fact.Cell> includes, boolean wholeProgramme) {

    public static Scope everything(String label) {
        return new Scope(label, cell -> true, true);
    }

    public static Scope cohorts(String label, Set<Long> cohortIds) {
        return new Scope(label, cell -> cell.cohortId() != null && cohortIds.contains(cell.cohortId()), false);
    }

    public static Scope organisation(String label, long organisationId) {
        return new Scope(label, cell -> cell.organisationId() != null && cell.organisationId() == organisationId, false);
    }
}
