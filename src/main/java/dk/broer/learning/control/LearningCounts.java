package dk.broer.learning.control;

import dk.broer.learning.entity.AttemptMade;
import dk.broer.learning.entity.TrackCompleted;
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
 * broer_attempts_total and broer_completions_total at /metrics: knowledge-check attempts learners
 * sent (a staff member trying a check stores none), and tracks completed, however the last rule
 * was met. Counted after the transaction commits.
 */
@ApplicationScoped
public class LearningCounts {

    @Inject
    MetricRegistry registry;

    private Counter attempts;
    private Counter completions;

    @PostConstruct
    void register() {
        attempts = registry.counter(Metadata.builder().withName("broer.attempts")
                .withDescription("Knowledge-check attempts stored for learners").build());
        completions = registry.counter(Metadata.builder().withName("broer.completions")
                .withDescription("Tracks completed").build());
    }

    /** Makes the counters at start (see {@link #register()}), so they read 0 rather than missing. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // registered by @PostConstruct
    }

    void attempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptMade attempt) {
        attempts.inc();
    }

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrackCompleted completed) {
        completions.inc();
    }
}
