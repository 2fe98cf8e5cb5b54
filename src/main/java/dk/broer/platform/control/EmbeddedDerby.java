package dk.broer.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Shuts the embedded Derby database down when Broer stops (SIGTERM, Ctrl-C, undeploy). Payara
 * closes its pool's connections but never shuts an embedded engine down, so without this Derby's
 * files are left as after a crash: nothing acknowledged is lost (the log is forced at every
 * commit), but the next start has to replay the log. A clean shutdown writes a checkpoint and
 * releases the database's lock file. Requests still running are waited for first (InFlight).
 */
@ApplicationScoped
public class EmbeddedDerby {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerby.class.getName());
    /** Derby's answer to a successful shutdown of one database is this "exception". */
    private static final String SHUT_DOWN = "08006";
    /** The last step at the end: after the requests in flight are done (InFlight) and anything else that writes. */
    static final int SHUTDOWN_ORDER = 10_000;

    @Inject
    @ConfigProperty(name = "broer.datasource.class", defaultValue = "org.apache.derby.jdbc.EmbeddedDataSource")
    String dataSourceClass;

    @Inject
    @ConfigProperty(name = "broer.database", defaultValue = "data/broer")
    String database;

    void shutDown(@Observes @Priority(SHUTDOWN_ORDER) @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (!dataSourceClass.startsWith("org.apache.derby.jdbc.Embedded") || database.startsWith("memory:")) {
            return; // PostgreSQL is the server's to shut down; an in-memory database goes with the process.
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(database);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
            LOG.warning(() -> "Derby did not confirm the shutdown of " + database);
        } catch (SQLException e) {
            if (SHUT_DOWN.equals(e.getSQLState())) {
                LOG.info(() -> "Derby database " + database + " shut down cleanly");
            } else {
                LOG.warning(() -> "Derby database " + database + " was not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
