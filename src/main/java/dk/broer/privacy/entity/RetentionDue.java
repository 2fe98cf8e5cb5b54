package dk.broer.privacy.entity;

import dk.broer.platform.control.Copenhagen;

import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily retention run: each capability removes what has passed the period of its settings
 * and says how much it removed, for the audit entry and the metrics.
 */
public final class RetentionDue {

    private final Instant now;
    private final Map<String, Period> periods;
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    public RetentionDue(Instant now, Map<String, Period> periods) {
        this.now = now;
        this.periods = Map.copyOf(periods);
        periods.keySet().stream().sorted().forEach(setting -> removed.put(setting, 0));
    }

    public Instant now() {
        return now;
    }

    /** What is older than this has passed the setting's period (months and years count on the Copenhagen calendar). */
    public Instant cutoff(String setting) {
        Period period = periods.get(setting);
        if (period == null) {
            throw new IllegalArgumentException("No retention setting " + setting);
        }
        return now.atZone(Copenhagen.ZONE).minus(period).toInstant();
    }

    public void removed(String setting, int count) {
        removed.merge(setting, count, Integer::sum);
    }

    public Map<String, Integer> removed() {
        return Map.copyOf(removed);
    }
}
