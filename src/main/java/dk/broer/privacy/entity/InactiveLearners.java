package dk.broer.privacy.entity;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the retention run would erase for inactivity: people proposes those not seen since the
 * cutoff, then each capability that needs someone kept takes them out (a cohort that ended after
 * the cutoff, a consultant certification still valid or renewable).
 */
public final class InactiveLearners {

    private final Instant cutoff;
    private final Instant now;
    private final Set<Long> learners = new TreeSet<>();

    public InactiveLearners(Instant cutoff, Instant now) {
        this.cutoff = cutoff;
        this.now = now;
    }

    public Instant cutoff() {
        return cutoff;
    }

    public Instant now() {
        return now;
    }

    public void propose(java.util.Collection<Long> ids) {
        learners.addAll(ids);
    }

    public void keep(java.util.Collection<Long> ids) {
        learners.removeAll(ids);
    }

    public Set<Long> learners() {
        return Set.copyOf(learners);
    }

    /** The observers' order: proposals first, then the reasons to keep. */
    public static final int PROPOSE = 10;
    public static final int KEEP = 20;
}
