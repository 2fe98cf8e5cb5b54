package dk.broer.privacy.control;

import dk.broer.people.control.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.stream.Collectors;

/** The audit entry of a retention run: how much of each kind went ("learners=0 sessions=3 ..."). */
@ApplicationScoped
public class RetentionLog {

    @Inject
    AuditLog audit;

    @Transactional
    public void recordBySystem(Map<String, Integer> removed) {
        audit.recordBySystem("retention.ran", "retention", null, detail(removed));
    }

    /** A run an admin asked for. */
    @Transactional
    public void record(Map<String, Integer> removed) {
        audit.record("retention.ran", "retention", null, detail(removed));
    }

    static String detail(Map<String, Integer> removed) {
        return removed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
