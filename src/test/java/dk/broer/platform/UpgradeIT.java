package dk.broer.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The upgrade from the last release on PostgreSQL (UpgradeTest does it on Derby): database
 * broer_upgrade on 127.0.0.1, port from the system property it.pg.port, emptied before each run
 * so that it can run again.
 */
class UpgradeIT {

    private final PGSimpleDataSource dataSource = postgres();

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    @Test
    void everyRowOfTheLastReleaseSurvivesTheUpgrade() throws SQLException {
        new UpgradeRehearsal(dataSource, true).rehearse(UpgradeFixture.newest());
    }

    private static PGSimpleDataSource postgres() {
        String port = System.getProperty("it.pg.port");
        if (port == null || port.isBlank()) {
            throw new IllegalStateException("UpgradeIT needs the PostgreSQL port in the system property it.pg.port");
        }
        var postgres = new PGSimpleDataSource();
        postgres.setServerNames(new String[]{"127.0.0.1"});
        postgres.setPortNumbers(new int[]{Integer.parseInt(port)});
        postgres.setDatabaseName("broer_upgrade");
        postgres.setUser("broer");
        postgres.setPassword("broer-tests");
        return postgres;
    }
}
