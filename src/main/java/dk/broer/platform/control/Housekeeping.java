package dk.broer.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once an hour, tells every capability that housekeeping is due: evaluations release what has
 * closed, and the day's retention run starts if no instance has done it yet (see
 * dk.broer.privacy.control.RetentionRuns). Harmless when several instances do it at once.
 */
@ApplicationScoped
public class Housekeeping {

    /** The event each capability observes to clean up after itself. */
    public record Due() {
    }

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<Due> due;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(DemoData.ORDER + 200) @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.MINUTES);
    }

    void run() {
        try {
            due.fire(new Due());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
