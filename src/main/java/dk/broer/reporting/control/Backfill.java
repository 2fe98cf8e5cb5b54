package dk.broer.reporting.control;

import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.platform.control.DemoData;
import dk.broer.platform.control.Schema;
import dk.broer.reporting.entity.Measure;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Builds the facts from the rows already there, once: at the first start with reporting (after an
 * upgrade, or on a fresh database after the demo data), in one transaction that ends by writing
 * its mark. Until the mark is there the observers write no facts, so nothing is counted twice; once
 * it is there, running it again does nothing. Two instances starting together: the second one's
 * mark collides with the first's and its transaction rolls back.
 */
@ApplicationScoped
public class Backfill {

    /** After the demo data, before housekeeping and the first request. */
    public static final int ORDER = DemoData.ORDER + 100;
    static final String MARK = "facts";
    private static final Logger LOG = Logger.getLogger(Backfill.class.getName());

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ContentCatalogue content;

    Clock clock = Clock.systemUTC();

    private volatile boolean done;

    public record Result(boolean ran, int factRows) {
    }

    void atStart(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object started) {
        Result result = run();
        if (result.ran()) {
            LOG.info(() -> "Reach report: built " + result.factRows() + " fact rows from the existing data");
        }
    }

    /** Whether facts are being kept; true for good once the back-fill has run on this database. */
    public boolean done() {
        if (!done) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("SELECT fact_rows FROM reach_backfill WHERE name = ?")) {
                select.setString(1, MARK);
                try (ResultSet rs = select.executeQuery()) {
                    done = rs.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the reach back-fill mark", e);
            }
        }
        return done;
    }

    @Transactional
    public Result run() {
        if (done()) {
            return new Result(false, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            RawRows raw = RawRows.read(connection, content.catalogue());
            int rows = writeFacts(connection, raw.summed());
            writeCounted(connection, Measure.REACHED, raw.firstEnrolment);
            writeCounted(connection, Measure.TRAINED, raw.firstCompletion);
            try (PreparedStatement mark = connection.prepareStatement(
                    "INSERT INTO reach_backfill (name, done_at, fact_rows) VALUES (?, ?, ?)")) {
                mark.setString(1, MARK);
                mark.setTimestamp(2, Timestamp.from(clock.instant()));
                mark.setInt(3, rows);
                mark.executeUpdate();
            }
            done = true;
            return new Result(true, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The reach back-fill failed; it is tried again at the next start", e);
        }
    }

    private static int writeFacts(Connection connection, List<Summed> facts) throws SQLException {
        String sql = "INSERT INTO reach_fact (measure, period_month, organisation_id, sector, audience, district_code, cohort_id, "
                + "track_id, target, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batch = 0;
            for (Summed f : facts) {
                insert.setString(1, f.measure().name());
                insert.setDate(2, RawRows.sqlDate(f.month()));
                insert.setObject(3, f.cell().organisationId(), java.sql.Types.BIGINT);
                insert.setString(4, f.cell().sector());
                insert.setString(5, f.cell().audience());
                insert.setString(6, f.cell().districtCode());
                insert.setObject(7, f.cell().cohortId(), java.sql.Types.BIGINT);
                insert.setString(8, f.cell().trackId());
                insert.setString(9, f.target());
                insert.setLong(10, f.amount());
                insert.addBatch();
                if (++batch % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return facts.size();
    }

    private static void writeCounted(Connection connection, Measure measure, Map<Long, RawRows.First> first) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reach_counted (learner_id, measure, cohort_id, period_month) VALUES (?, ?, ?, ?)")) {
            int batch = 0;
            for (Map.Entry<Long, RawRows.First> e : first.entrySet()) {
                insert.setLong(1, e.getKey());
                insert.setString(2, measure.name());
                insert.setLong(3, e.getValue().cohortId());
                insert.setDate(4, RawRows.sqlDate(e.getValue().month()));
                insert.addBatch();
                if (++batch % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The same figures as the facts, counted from the rows: for the benchmark and for checking. */
    public List<Summed> fromRows() {
        try (Connection connection = dataSource.getConnection()) {
            return RawRows.read(connection, content.catalogue()).summed();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rows", e);
        }
    }
}
