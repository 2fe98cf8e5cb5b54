package dk.broer.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Broer's database and its schema. Embedded Derby by default (the database folder is
 * broer.database); PostgreSQL when broer.datasource.class names its data source, for several
 * instances on one database. Properties a driver doesn't know (Derby's createDatabase for
 * PostgreSQL, serverName for Derby) are ignored by the pool. The schema is created and upgraded
 * by the versioned migrations in db/migration at every start, before anything else touches it.
 */
@DataSourceDefinition(
        name = Schema.DATA_SOURCE,
        className = "${MPCONFIG=broer.datasource.class}",
        databaseName = "${MPCONFIG=broer.database}",
        user = "${MPCONFIG=broer.database.user}",
        password = "${MPCONFIG=broer.database.password}",
        properties = {"createDatabase=create", "serverName=${MPCONFIG=broer.database.server}",
                "portNumber=${MPCONFIG=broer.database.port}"},
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class Schema {

    public static final String DATA_SOURCE = "java:app/jdbc/broer";
    /** First of the start-up steps: content loads after it, demo data after both. */
    public static final int MIGRATE_ORDER = 100;

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    void migrate(@Observes @Priority(MIGRATE_ORDER) @Initialized(ApplicationScoped.class) Object started) {
        MigrateResult result = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders())
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /**
     * What the two databases spell differently: the column type for bytes (an uploaded PDF), and
     * how a column stops being NOT NULL.
     */
    java.util.Map<String, String> placeholders() {
        return placeholders(postgres());
    }

    public static java.util.Map<String, String> placeholders(boolean postgres) {
        return java.util.Map.of("binary", postgres ? "BYTEA" : "BLOB(2M)",
                "nullable", postgres ? "DROP NOT NULL" : "NULL");
    }

    private boolean postgres() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
