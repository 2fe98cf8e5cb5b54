package dk.broer.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/** Asks every capability for its demo data, when broer.demo is on (the local run), after schema and content. */
@ApplicationScoped
public class DemoData {

    public static final int ORDER = 300;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "broer.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    Event<DemoDataRequested> requests;

    void seed(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            LOG.info("Demo mode: adding demo data where it is missing");
            requests.fire(new DemoDataRequested());
        }
    }
}
