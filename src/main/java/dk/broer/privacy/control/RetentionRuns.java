package dk.broer.privacy.control;

import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.DemoData;
import dk.broer.platform.control.Housekeeping;
import dk.broer.platform.control.Schema;
import dk.broer.privacy.entity.InactiveLearners;
import dk.broer.privacy.entity.RetentionDue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retention by default: once a day, what has passed its period goes (the settings are in
 * {@link Inventory}). With several instances on one database the day's run is claimed by
 * inserting the day into retention_run, so exactly one instance does it; each tries at start and
 * on every hourly housekeeping tick. An admin can also run it at once.
 * <p>
 * Every observer of the run reads inside a transaction: an entity manager used without one on a
 * managed executor's thread is closed with the task, and the hourly housekeeping task (whose
 * context it shares) then found it closed.
 */
@ApplicationScoped
public class RetentionRuns {

    /** The kind under which the retention run counts the learners it erased for inactivity. */
    public static final String LEARNERS = "learners";

    private static final Logger LOG = Logger.getLogger(RetentionRuns.class.getName());

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Inventory inventory;

    @Inject
    Event<RetentionDue> due;

    @Inject
    Event<InactiveLearners> inactive;

    @Inject
    Erasure erasure;

    @Inject
    RetentionLog log;

    @Inject
    MetricRegistry registry;

    Clock clock = Clock.systemUTC();

    private Counter runs;

    @PostConstruct
    void register() {
        runs = registry.counter(Metadata.builder().withName("broer.retention.runs")
                .withDescription("Retention runs done by this instance").build());
        claims("won");
        claims("lost");
        inventory.periods().keySet().forEach(this::removedCounter);
    }

    /** At start, after the demo data: the day's run unless another instance has it. Checks the settings too. */
    void atStart(@Observes @Priority(DemoData.ORDER + 300) @Initialized(ApplicationScoped.class) Object started) {
        if (claim(Copenhagen.today(clock))) {
            executor.submit(this::runDaily);
        }
    }

    void hourly(@Observes Housekeeping.Due tick) {
        if (claim(Copenhagen.today(clock))) {
            runDaily();
        }
    }

    private void runDaily() {
        try {
            log.recordBySystem(run());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next one is tomorrow, or run it from the admin API", e);
        }
    }

    /** The run itself: each capability removes what has passed its period, then inactive learners are erased. */
    public Map<String, Integer> run() {
        RetentionDue event = new RetentionDue(clock.instant(), inventory.periods());
        due.fire(event);
        InactiveLearners candidates = new InactiveLearners(event.cutoff(LEARNERS), event.now());
        inactive.fire(candidates);
        int erased = 0;
        for (long learner : candidates.learners()) {
            erasure.eraseInactive(learner);
            erased++;
        }
        event.removed(LEARNERS, erased);
        Map<String, Integer> removed = new TreeMap<>(event.removed());
        runs.inc();
        removed.forEach((kind, count) -> removedCounter(kind).inc(count));
        return removed;
    }

    /** The last day this instance knows to be claimed, by it or another: no need to ask again that day. */
    private volatile LocalDate settled;

    /** True for the one instance whose insert of the day went in; the others find the row there. */
    boolean claim(LocalDate day) {
        if (day.equals(settled)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO retention_run (scheduled_on, started_at) VALUES (?, ?)")) {
                insert.setDate(1, Date.valueOf(day));
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.executeUpdate();
                settled = day;
                claims("won").inc();
                return true;
            } catch (SQLException refused) {
                if (claimed(connection, day)) {
                    settled = day;
                    claims("lost").inc();
                } else {
                    LOG.log(Level.WARNING, "Could not claim the retention run of " + day + "; trying again in an hour", refused);
                }
                return false;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not claim the retention run of " + day + "; trying again in an hour", e);
            return false;
        }
    }

    private static boolean claimed(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM retention_run WHERE scheduled_on = ?")) {
            select.setDate(1, Date.valueOf(day));
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private Counter claims(String outcome) {
        return registry.counter(Metadata.builder().withName("broer.retention.claims")
                .withDescription("Tries to claim the day's retention run, by outcome").build(), new Tag("outcome", outcome));
    }

    private Counter removedCounter(String kind) {
        return registry.counter(Metadata.builder().withName("broer.retention.removed")
                .withDescription("Records removed or anonymised by retention runs, by kind").build(), new Tag("kind", kind));
    }
}
