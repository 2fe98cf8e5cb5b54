package dk.broer.consultants.control;

import dk.broer.content.entity.Renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The track's renewal rule applied to one certification: the refresher passed while it holds,
 * and at least `localActivities` logged in each `perMonths` period of it that has begun.
 */
public final class RenewalRule {

    private RenewalRule() {
    }

    public static Candidates.RenewalStanding standing(Renewal rule, int periods, Validity validity, Optional<Instant> refresherPassedAt,
                                                      List<LocalDate> activities, LocalDate today) {
        boolean refresher = refresherPassedAt.filter(validity::holdsAt).isPresent();
        List<LocalDate> within = activities.stream()
                .filter(d -> !d.isBefore(validity.validFrom()) && !d.isAfter(validity.validUntil())).toList();
        boolean everyPeriod = true;
        for (int k = 0; k < periods; k++) {
            LocalDate start = validity.validFrom().plusMonths((long) k * rule.perMonths());
            LocalDate end = start.plusMonths(rule.perMonths());
            if (start.isAfter(today)) {
                break;
            }
            long inPeriod = within.stream().filter(d -> !d.isBefore(start) && d.isBefore(end)).count();
            everyPeriod &= inPeriod >= rule.localActivities();
        }
        return new Candidates.RenewalStanding(refresher, within.size(), rule.localActivities() * periods, everyPeriod);
    }
}
