package dk.broer.platform;

import dk.broer.platform.UpgradeFixture.Column;
import dk.broer.platform.UpgradeFixture.Kind;
import dk.broer.platform.UpgradeFixture.Table;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade from the last release, rehearsed on an empty database (embedded Derby in
 * UpgradeTest, PostgreSQL in UpgradeIT): its schema made by the released migrations, its rows
 * from the fixture, then today's migrations, after which every fixture row must still be there,
 * unchanged in every column that still exists. Later migrations may add columns and rows; they
 * may not lose one.
 */
final class UpgradeRehearsal {

    private final DataSource dataSource;
    private final boolean postgres;

    /** postgres: which database's spelling of the migrations' placeholders Schema would use. */
    UpgradeRehearsal(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** The whole rehearsal, with its assertions. */
    void rehearse(UpgradeFixture fixture) throws SQLException {
        migrate(String.valueOf(fixture.version()));
        assertEquals(tables(), fixture.tableNames(),
                "the V" + fixture.version() + " fixture has exactly the tables of schema version " + fixture.version());
        fixture.tables().forEach(t -> assertTrue(!t.rows().isEmpty(), "the fixture has rows in " + t.name()));
        insert(fixture);
        migrate(null);
        assertEquals(List.of(), lostOrChanged(fixture), "fixture rows lost or changed by the upgrade from V" + fixture.version());
    }

    /** Migrates up to the version, or the newest migration when it is null. */
    void migrate(String target) {
        var configuration = Flyway.configure(UpgradeRehearsal.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dk.broer.platform.control.Schema.placeholders(postgres));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** The tables of the schema but Flyway's own, in lower case. */
    Set<String> tables() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new TreeSet<>(UpgradeFixture.tableNames(connection.getMetaData(), connection.getSchema()));
        }
    }

    /**
     * Inserts the fixture's rows in its order (parents first), except those the migrations have
     * already put there (the districts), then moves every identity column past the highest id, as
     * a database that made those rows itself would have it.
     */
    void insert(UpgradeFixture fixture) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Table table : fixture.tables()) {
                Map<String, Integer> types = columnTypes(connection, table.name());
                Map<List<Object>, Integer> present = rows(connection, table.name(), table.columns());
                String sql = "INSERT INTO " + table.name() + " ("
                        + table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                        + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (List<Object> row : table.rows()) {
                        if (take(present, comparable(table.columns(), row))) {
                            continue;
                        }
                        for (int i = 0; i < row.size(); i++) {
                            bind(insert, i + 1, table.columns().get(i), row.get(i), types.get(table.columns().get(i).name()));
                        }
                        insert.executeUpdate();
                    }
                }
                restartIdentities(connection, table.name());
            }
            connection.commit();
        }
    }

    /** One line per fixture row that is no longer in the database as it was, or per table gone. */
    List<String> lostOrChanged(UpgradeFixture fixture) throws SQLException {
        var findings = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection()) {
            for (Table table : fixture.tables()) {
                Map<String, Integer> types = columnTypes(connection, table.name());
                if (types.isEmpty()) {
                    findings.add(table.name() + ": the table is gone, with its " + table.rows().size() + " rows");
                    continue;
                }
                List<Column> kept = table.columns().stream().filter(c -> types.containsKey(c.name())).toList();
                Map<List<Object>, Integer> present = rows(connection, table.name(), kept);
                for (List<Object> row : table.rows()) {
                    List<Object> wanted = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        if (types.containsKey(table.columns().get(i).name())) {
                            wanted.add(row.get(i));
                        }
                    }
                    if (!take(present, comparable(kept, wanted))) {
                        findings.add(table.name() + ": lost or changed " + describe(kept, comparable(kept, wanted)));
                    }
                }
            }
        }
        return findings;
    }

    /** Today's file of each released migration must be the one released: upgrades depend on it. */
    static List<String> editedMigrations(Map<String, String> released, Map<String, String> current) {
        var findings = new ArrayList<String>();
        released.forEach((file, checksum) -> {
            if (!current.containsKey(file)) {
                findings.add(file + " was released and is gone");
            } else if (!current.get(file).equals(checksum)) {
                findings.add(file + " was released and has been edited since: add a new migration instead");
            }
        });
        return findings;
    }

    // ---- Reading and writing rows the same way on both databases ----------------------------

    private static void bind(PreparedStatement insert, int index, Column column, Object value, Integer sqlType) throws SQLException {
        if (sqlType == null) {
            throw new IllegalStateException("No column " + column.name() + " at the fixture's version");
        }
        if (value == null) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (column.kind()) {
            case DATE -> insert.setDate(index,
                    new java.sql.Date(((LocalDate) value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()), UpgradeFixture.UTC);
            case TIMESTAMP -> insert.setTimestamp(index,
                    Timestamp.from(((LocalDateTime) value).toInstant(ZoneOffset.UTC)), UpgradeFixture.UTC);
            // Derby takes bytes into a BLOB through setBytes only.
            case BYTES -> insert.setBytes(index, (byte[]) value);
            default -> insert.setObject(index, value, sqlType);
        }
    }

    /** The table's rows over these columns, as comparable values, with how often each occurs. */
    private static Map<List<Object>, Integer> rows(Connection connection, String table, List<Column> columns) throws SQLException {
        var rows = new HashMap<List<Object>, Integer>();
        String sql = "SELECT " + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM " + table;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                var row = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    row.add(columns.get(i).kind().read(result, i + 1));
                }
                rows.merge(comparable(columns, row), 1, Integer::sum);
            }
        }
        return rows;
    }

    /** Bytes compare by content only as text. */
    private static List<Object> comparable(List<Column> columns, List<Object> row) {
        var values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            values.add(columns.get(i).kind() == Kind.BYTES && value != null
                    ? "base64:" + Base64.getEncoder().encodeToString((byte[]) value) : value);
        }
        return values;
    }

    private static boolean take(Map<List<Object>, Integer> rows, List<Object> row) {
        Integer count = rows.get(row);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            rows.remove(row);
        } else {
            rows.put(row, count - 1);
        }
        return true;
    }

    private static String describe(List<Column> columns, List<Object> row) {
        var pairs = new ArrayList<String>();
        for (int i = 0; i < columns.size(); i++) {
            String value = String.valueOf(row.get(i));
            pairs.add(columns.get(i).name() + "=" + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
        return "{" + String.join(", ", pairs) + "}";
    }

    /** The table's columns, lower case, with their SQL types; empty when there is no such table. */
    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        var types = new LinkedHashMap<String, Integer>();
        try (ResultSet columns = meta.getColumns(null, connection.getSchema(), UpgradeFixture.stored(meta, table), "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    /** ALTER ... RESTART WITH reads the same on Derby and PostgreSQL. */
    private static void restartIdentities(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        var identities = new ArrayList<String>();
        try (ResultSet columns = meta.getColumns(null, connection.getSchema(), UpgradeFixture.stored(meta, table), "%")) {
            while (columns.next()) {
                if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
                    identities.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String column : identities) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
                    max.next();
                    next = max.getLong(1) + 1;
                }
                statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
            }
        }
    }
}
