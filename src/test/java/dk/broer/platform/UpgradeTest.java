package dk.broer.platform;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The upgrade from the last release on embedded Derby: the newest fixture (V&lt;n&gt;.json) at
 * schema version n, then today's migrations, and not a row lost. UpgradeIT does the same on
 * PostgreSQL.
 */
class UpgradeTest {

    private static final String DATABASE = "memory:upgrade";

    private final EmbeddedDataSource dataSource = derby();
    private final UpgradeRehearsal rehearsal = new UpgradeRehearsal(dataSource, false);

    @AfterEach
    void dropDatabase() {
        var drop = new EmbeddedDataSource();
        drop.setDatabaseName(DATABASE);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException dropped) {
            // Derby answers a dropped in-memory database with an exception (08006).
        }
    }

    @Test
    void everyRowOfTheLastReleaseSurvivesTheUpgrade() throws SQLException {
        rehearsal.rehearse(UpgradeFixture.newest());
    }

    /** So that the check above can fail: a row gone and a value changed are both reported. */
    @Test
    void aLostRowAndAChangedValueAreFound() throws SQLException {
        UpgradeFixture fixture = UpgradeFixture.newest();
        rehearsal.migrate(String.valueOf(fixture.version()));
        rehearsal.insert(fixture);
        rehearsal.migrate(null);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM reach_backfill");
            statement.executeUpdate("UPDATE district SET name = 'Nordvest' WHERE code = 'bispebjerg'");
            statement.executeUpdate("UPDATE practice_entry SET case_pdf = NULL WHERE case_pdf IS NOT NULL");
        }
        List<String> findings = rehearsal.lostOrChanged(fixture).stream().sorted().toList();
        assertEquals(3, findings.size(), String.join("\n", findings));
        assertTrue(findings.get(0).startsWith("district: lost or changed {code=bispebjerg, name=Bispebjerg}"), findings.get(0));
        assertTrue(findings.get(1).startsWith("practice_entry: lost or changed {id="), findings.get(1));
        assertTrue(findings.get(2).startsWith("reach_backfill: lost or changed {name="), findings.get(2));
    }

    @Test
    void releasedMigrationsAreUnchanged() {
        assertEquals(List.of(), UpgradeRehearsal.editedMigrations(UpgradeFixture.releasedChecksums(), UpgradeFixture.currentChecksums()));
    }

    /** The list of released migrations covers every migration up to the newest fixture's version. */
    @Test
    void everyMigrationOfTheLastReleaseHasItsChecksum() {
        int version = UpgradeFixture.newest().version();
        var released = new TreeSet<>(UpgradeFixture.currentChecksums().keySet());
        released.removeIf(file -> UpgradeFixture.versionOf(UpgradeFixture.MIGRATION_NAME, file) > version);
        assertEquals(released, UpgradeFixture.releasedChecksums().keySet());
    }

    @Test
    void anEditedOrDeletedMigrationIsFound() {
        Map<String, String> released = new TreeMap<>(Map.of("V1__a.sql", "aa", "V2__b.sql", "bb", "V3__c.sql", "cc"));
        Map<String, String> current = Map.of("V1__a.sql", "aa", "V2__b.sql", "b2");
        assertEquals(List.of("V2__b.sql was released and has been edited since: add a new migration instead",
                "V3__c.sql was released and is gone"), UpgradeRehearsal.editedMigrations(released, current));
    }

    private static EmbeddedDataSource derby() {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName(DATABASE);
        derby.setCreateDatabase("create");
        return derby;
    }
}
