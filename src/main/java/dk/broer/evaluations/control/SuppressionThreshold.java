package dk.broer.evaluations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * The smallest group whose results staff may see: 5 unless configured (broer.reporting.threshold),
 * never below 3, because with two answers each person knows the other's.
 */
@ApplicationScoped
public class SuppressionThreshold {

    public static final int DEFAULT = 5;
    public static final int FLOOR = 3;
    private static final Logger LOG = Logger.getLogger(SuppressionThreshold.class.getName());

    @Inject
    @ConfigProperty(name = "broer.reporting.threshold", defaultValue = "" + DEFAULT)
    int configured;

    public int value() {
        return of(configured);
    }

    static int of(int configured) {
        if (configured < FLOOR) {
            LOG.warning(() -> "broer.reporting.threshold " + configured + " is below " + FLOOR + "; " + FLOOR + " is used");
            return FLOOR;
        }
        return configured;
    }

    public boolean hides(int count) {
        return count < value();
    }
}
