package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Enrolled;
import dk.broer.cohorts.entity.EnrolmentMethod;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * broer_joins_total at /metrics: learners enrolled by joining with a cohort's code (a newcomer, or
 * someone already known joining another cohort). Enrolments by hand or by import are not joins.
 * Counted after the enrolment commits, so a join lost to a full cohort or a retried transaction
 * is not counted.
 */
@ApplicationScoped
public class JoinCounts {

    @Inject
    MetricRegistry registry;

    private Counter joins;

    @PostConstruct
    void register() {
        joins = registry.counter(Metadata.builder().withName("broer.joins")
                .withDescription("Learners enrolled by joining with a cohort's code").build());
    }

    /** Makes the counter at start (see {@link #register()}), so it reads 0 rather than missing until the first join. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // registered by @PostConstruct
    }

    void joined(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enrolled enrolled) {
        if (enrolled.method() == EnrolmentMethod.JOIN_CODE) {
            joins.inc();
        }
    }
}
