package dk.broer.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The requests being answered, so that stopping Broer (SIGTERM, Ctrl-C) lets them finish. On
 * SIGTERM Payara Micro undeploys the application: it stops taking new requests (503), then takes
 * the servlets down, giving each one's running calls only about 2 s. StopGate, the first servlet
 * taken down, waits here until no request is left running (up to {@link #GRACE}) before the JAX-RS
 * servlet goes; the embedded database is shut down after that (EmbeddedDerby). Requests that still
 * reach the filter meanwhile are turned away with 503, so the wait ends.
 */
@ApplicationScoped
public class InFlight {

    /** First of the steps at the end; the database is shut down after it (EmbeddedDerby). */
    public static final int DRAIN_ORDER = 100;
    /** Longer than any request takes (the largest, a 1,000-page PDF, about 2 s), shorter than an init system's patience (systemd: 90 s). */
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(InFlight.class.getName());

    private int running;
    private boolean stopping;

    /** False once Broer is stopping: the request is not to be answered. */
    public synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        running++;
        return true;
    }

    public synchronized void leave() {
        running--;
        notifyAll();
    }

    /** Called as the servlets are taken down (StopGate), and again at the application's end in case that came first. */
    public void drain() {
        int left = awaitNone(GRACE);
        if (left > 0) {
            LOG.warning(() -> "Stopping with " + left + " request(s) still running after " + GRACE.toSeconds() + " s");
        }
    }

    void drained(@Observes @Priority(DRAIN_ORDER) @BeforeDestroyed(ApplicationScoped.class) Object ending) {
        drain();
    }

    /** Stops taking requests and waits until the running ones are done, or the time is up; how many are left. */
    synchronized int awaitNone(Duration grace) {
        stopping = true;
        Instant deadline = Instant.now().plus(grace);
        while (running > 0) {
            long wait = Duration.between(Instant.now(), deadline).toMillis();
            if (wait <= 0) {
                break;
            }
            try {
                wait(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return running;
    }
}
