package dk.broer.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.derby.jdbc.EmbeddedDataSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Data at the schema of a released version (src/test/resources/upgrade/V&lt;n&gt;.json), which the
 * upgrade test loads into that schema and expects to find whole after migrating to today's.
 * Stored database-neutral: per table its columns with a kind (integer, text, date, timestamp,
 * boolean, bytes) and its rows as JSON values (dates and timestamps as ISO text, bytes base64),
 * tables in an order in which every foreign key points at rows inserted before it.
 *
 * <p>Its main method makes a new fixture when a release is tagged, from a database that Broer at
 * that tag filled with demo data (see README, "Upgrades"):
 * {@code UpgradeFixture <Derby database folder> [hand-made rows.sql]}. It writes V&lt;n&gt;.json
 * for the database's schema version n, and the SHA-256 of every migration up to n into
 * released-migrations.sha256, which the test holds today's migration files to.
 */
public record UpgradeFixture(int version, List<Table> tables) {

    public static final String FOLDER = "upgrade";
    public static final String CHECKSUMS = "released-migrations.sha256";
    static final Pattern FIXTURE_NAME = Pattern.compile("V(\\d+)\\.json");
    static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__.+\\.sql");
    static final String SCHEMA_HISTORY = "flyway_schema_history";
    /** Rows kept per table besides those other kept rows point at: enough to be data, small in git. */
    static final int ROWS_PER_TABLE = 30;
    /** Dates and timestamps are read and written as the wall-clock fields stored, whatever the JVM's zone. */
    static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);

    public record Column(String name, Kind kind) {
    }

    /** Rows hold Long, String, LocalDate, LocalDateTime, Boolean, byte[] or null, in column order. */
    public record Table(String name, List<Column> columns, List<List<Object>> rows) {
    }

    /** How a column's values are kept in the fixture, whatever each database calls the type. */
    public enum Kind {
        INTEGER, TEXT, DATE, TIMESTAMP, BOOLEAN, BYTES;

        static Kind of(int sqlType, String table, String column) {
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR -> TEXT;
                case Types.DATE -> DATE;
                case Types.TIMESTAMP -> TIMESTAMP;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> BYTES;
                default -> throw new IllegalStateException(table + "." + column + " has SQL type " + sqlType
                        + ", which the upgrade fixture cannot keep yet: add a Kind for it");
            };
        }

        /** The column's value in the current row, as the fixture keeps it. */
        Object read(ResultSet rows, int index) throws SQLException {
            Object value = switch (this) {
                case INTEGER -> rows.getLong(index);
                case TEXT -> rows.getString(index);
                case DATE -> {
                    var date = rows.getDate(index, UTC);
                    yield date == null ? null : java.time.Instant.ofEpochMilli(date.getTime()).atOffset(ZoneOffset.UTC).toLocalDate();
                }
                case TIMESTAMP -> {
                    var timestamp = rows.getTimestamp(index, UTC);
                    yield timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
                }
                case BOOLEAN -> rows.getBoolean(index);
                case BYTES -> {
                    // Derby hands a BLOB column out as a Blob only; PostgreSQL's BYTEA as bytes.
                    if (rows.getMetaData().getColumnType(index) == Types.BLOB) {
                        var blob = rows.getBlob(index);
                        yield blob == null ? null : blob.getBytes(1, (int) blob.length());
                    }
                    yield rows.getBytes(index);
                }
            };
            return rows.wasNull() ? null : value;
        }

        JsonValue json(Object value) {
            if (value == null) {
                return JsonValue.NULL;
            }
            return switch (this) {
                case INTEGER -> Json.createValue((Long) value);
                case BOOLEAN -> (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
                case BYTES -> Json.createValue(Base64.getEncoder().encodeToString((byte[]) value));
                case TEXT, DATE, TIMESTAMP -> Json.createValue(value.toString());
            };
        }

        Object value(JsonValue json) {
            if (json.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return switch (this) {
                case INTEGER -> ((JsonNumber) json).longValueExact();
                case BOOLEAN -> json.getValueType() == JsonValue.ValueType.TRUE;
                case TEXT -> ((JsonString) json).getString();
                case DATE -> LocalDate.parse(((JsonString) json).getString());
                case TIMESTAMP -> LocalDateTime.parse(((JsonString) json).getString());
                case BYTES -> Base64.getDecoder().decode(((JsonString) json).getString());
            };
        }
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + name + " in the V" + version + " fixture"));
    }

    public Set<String> tableNames() {
        var names = new LinkedHashSet<String>();
        tables.forEach(t -> names.add(t.name()));
        return names;
    }

    /** The fixture of the newest release: the highest V&lt;n&gt;.json on the test class path. */
    public static UpgradeFixture newest() {
        try (Stream<Path> files = Files.list(resourceFolder(FOLDER))) {
            Path newest = files.filter(f -> FIXTURE_NAME.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparingInt(f -> versionOf(FIXTURE_NAME, f.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No upgrade fixture V<n>.json in " + FOLDER));
            return read(newest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UpgradeFixture read(Path file) throws IOException {
        JsonObject root;
        try (var reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        }
        var tables = new ArrayList<Table>();
        for (JsonValue t : root.getJsonArray("tables")) {
            JsonObject table = t.asJsonObject();
            var columns = table.getJsonArray("columns").stream().map(JsonValue::asJsonObject)
                    .map(c -> new Column(c.getString("name"), Kind.valueOf(c.getString("kind").toUpperCase(Locale.ROOT))))
                    .toList();
            var rows = new ArrayList<List<Object>>();
            for (JsonValue r : table.getJsonArray("rows")) {
                JsonArray values = r.asJsonArray();
                if (values.size() != columns.size()) {
                    throw new IllegalStateException(file + ": a row of " + table.getString("table") + " has "
                            + values.size() + " values for " + columns.size() + " columns");
                }
                var row = new ArrayList<>(values.size());
                for (int i = 0; i < values.size(); i++) {
                    row.add(columns.get(i).kind().value(values.get(i)));
                }
                rows.add(row);
            }
            tables.add(new Table(table.getString("table"), columns, rows));
        }
        return new UpgradeFixture(Integer.parseInt(root.getString("version")), tables);
    }

    /** One row per line, so that a new fixture reads as a diff. */
    void write(Path file) throws IOException {
        var out = new StringBuilder();
        out.append("{\n\"version\": \"").append(version).append("\",\n")
                .append("\"about\": \"Invented data at schema version ").append(version)
                .append(", made by dk.broer.platform.UpgradeFixture; tables in foreign-key order\",\n")
                .append("\"tables\": [\n");
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            JsonArrayBuilder columns = Json.createArrayBuilder();
            table.columns().forEach(c -> columns.add(Json.createObjectBuilder()
                    .add("name", c.name()).add("kind", c.kind().name().toLowerCase(Locale.ROOT))));
            out.append("{\"table\": ").append(Json.createValue(table.name()))
                    .append(", \"columns\": ").append(columns.build()).append(", \"rows\": [\n");
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                JsonArrayBuilder values = Json.createArrayBuilder();
                for (int i = 0; i < row.size(); i++) {
                    values.add(table.columns().get(i).kind().json(row.get(i)));
                }
                out.append("  ").append(values.build()).append(r + 1 < table.rows().size() ? ",\n" : "\n");
            }
            out.append("]}").append(t + 1 < tables.size() ? ",\n" : "\n");
        }
        out.append("]\n}\n");
        // Checks that what was written reads back as valid JSON before it replaces anything.
        Json.createReader(new StringReader(out.toString())).readObject();
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of each migration file released so far, by file name, as committed. */
    static Map<String, String> releasedChecksums() {
        var released = new TreeMap<String, String>();
        try {
            for (String line : Files.readAllLines(resourceFolder(FOLDER).resolve(CHECKSUMS), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split("\\s+");
                    released.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return released;
    }

    /** The SHA-256 of today's migration files (in the test class path's db/migration), by file name. */
    static Map<String, String> currentChecksums() {
        var current = new TreeMap<String, String>();
        try (Stream<Path> files = Files.list(resourceFolder("db/migration"))) {
            for (Path file : files.filter(f -> MIGRATION_NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                current.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return current;
    }

    static int versionOf(Pattern pattern, String fileName) {
        Matcher matcher = pattern.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(fileName);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resourceFolder(String name) {
        URL url = UpgradeFixture.class.getClassLoader().getResource(name);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException(name + " is not a folder on the class path: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Making a fixture -------------------------------------------------------------------

    /**
     * Writes src/test/resources/upgrade/V&lt;n&gt;.json and released-migrations.sha256 (relative to
     * the working directory, the project's folder) from a Derby database that Broer, built at the
     * release, has filled with demo data and is stopped; the optional SQL file adds rows for the
     * tables the demo leaves empty (statements end with ';'; it changes that database).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: UpgradeFixture <Derby database folder> [hand-made rows.sql]");
            System.exit(2);
        }
        var dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(Path.of(args[0]).toAbsolutePath().toString());
        Path out = Path.of("src/test/resources", FOLDER);
        int exitCode = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (args.length == 2) {
                runScript(connection, Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            }
            int version = schemaVersion(connection);
            UpgradeFixture fixture = dump(connection, version);
            for (Table table : fixture.tables()) {
                System.out.printf("%-24s %4d rows%n", table.name(), table.rows().size());
                if (table.rows().isEmpty()) {
                    System.out.println("  ^ empty: add hand-made rows for it to the SQL file");
                }
            }
            Files.createDirectories(out);
            Path file = out.resolve("V" + version + ".json");
            fixture.write(file);
            writeChecksums(out.resolve(CHECKSUMS), version);
            System.out.println("Wrote " + file + " (" + Files.size(file) / 1024 + " KB) and " + out.resolve(CHECKSUMS));
            if (fixture.tables().stream().anyMatch(t -> t.rows().isEmpty())) {
                // The upgrade test refuses such a fixture: every table must have rows to lose.
                System.err.println("Some tables are empty: add rows for them to the SQL file and run again on a fresh copy");
                exitCode = 1;
            }
        } finally {
            shutDown(args[0]);
        }
        System.exit(exitCode);
    }

    private static void runScript(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    try {
                        statement.executeUpdate(sql.strip());
                    } catch (SQLException e) {
                        throw new SQLException("In the hand-made rows: " + sql.strip(), e);
                    }
                }
            }
        }
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + SCHEMA_HISTORY + "\"")) {
            int version = 0;
            while (rows.next()) {
                String v = rows.getString(1);
                if (v != null && rows.getBoolean(2)) {
                    version = Math.max(version, Integer.parseInt(v));
                }
            }
            return version;
        }
    }

    /**
     * Every table but Flyway's, parents before children. Of each table it keeps the rows other kept
     * rows point at plus up to {@link #ROWS_PER_TABLE} more; children are chosen first, so every
     * foreign key of the fixture finds its row.
     */
    static UpgradeFixture dump(Connection connection, int version) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = tableNames(meta, schema);
        Map<String, List<ForeignKey>> keys = new LinkedHashMap<>();
        for (String name : names) {
            keys.put(name, foreignKeys(meta, schema, name));
        }
        List<String> order = parentsFirst(names, keys);
        Map<String, Table> all = new LinkedHashMap<>();
        for (String name : order) {
            all.put(name, readAll(connection, name, primaryKey(meta, schema, name)));
        }
        // Per table, the values of referenced columns its kept children point at: filled in by them.
        Map<String, Map<List<String>, Set<List<Object>>>> wanted = new LinkedHashMap<>();
        Map<String, Table> kept = new LinkedHashMap<>();
        for (String name : childrenFirst(order)) {
            Table table = all.get(name);
            var pointedAt = wanted.getOrDefault(name, Map.of());
            List<List<Object>> rows = new ArrayList<>();
            int others = 0;
            for (List<Object> row : table.rows()) {
                boolean needed = pointedAt.entrySet().stream()
                        .anyMatch(e -> e.getValue().contains(values(table, row, e.getKey())));
                if (needed || others++ < ROWS_PER_TABLE) {
                    rows.add(row);
                }
            }
            kept.put(name, new Table(name, table.columns(), rows));
            for (ForeignKey key : keys.get(name)) {
                var parentRows = wanted.computeIfAbsent(key.parent(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(key.parentColumns(), c -> new HashSet<>());
                for (List<Object> row : rows) {
                    List<Object> values = values(table, row, key.columns());
                    if (!values.contains(null)) {
                        parentRows.add(values);
                    }
                }
            }
        }
        return new UpgradeFixture(version, order.stream().map(kept::get).toList());
    }

    private static List<String> childrenFirst(List<String> parentsFirst) {
        var order = new ArrayList<>(parentsFirst);
        Collections.reverse(order);
        return order;
    }

    private static List<Object> values(Table table, List<Object> row, List<String> columns) {
        return columns.stream().map(c -> row.get(indexOf(table, c))).toList();
    }

    private static int indexOf(Table table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table.name() + " has no column " + column);
    }

    record ForeignKey(String parent, List<String> parentColumns, List<String> columns) {
    }

    /** The schema's tables but Flyway's own, in lower case (Derby reports them upper, PostgreSQL lower). */
    static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        var names = new ArrayList<String>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(SCHEMA_HISTORY)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The name as the database's metadata spells it: Derby folds unquoted names to upper case. */
    static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, stored(meta, table))) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME");
                var key = keys.computeIfAbsent(name, n -> {
                    try {
                        return new ForeignKey(rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT), new ArrayList<>(), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                // KEY_SEQ order: the metadata lists the columns of a key in it.
                key.parentColumns().add(rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                key.columns().add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(keys.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        var columns = new TreeMap<Integer, String>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, stored(meta, table))) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }

    /** Tables in an order in which every table comes after those its foreign keys point at. */
    static List<String> parentsFirst(List<String> names, Map<String, List<ForeignKey>> keys) {
        var order = new ArrayList<String>();
        var placed = new HashSet<String>();
        while (order.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name) && keys.get(name).stream()
                        .allMatch(k -> k.parent().equals(name) || placed.contains(k.parent()))) {
                    order.add(name);
                    placed.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Foreign keys in a cycle among " + names.stream().filter(n -> !placed.contains(n)).toList());
            }
        }
        return order;
    }

    /** Every row of a table, in primary-key order, timestamps to the microsecond PostgreSQL keeps. */
    private static Table readAll(Connection connection, String name, List<String> primaryKey) throws SQLException {
        String sql = "SELECT * FROM " + name + (primaryKey.isEmpty() ? "" : " ORDER BY " + String.join(", ", primaryKey));
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            var columns = new ArrayList<Column>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                columns.add(new Column(column, Kind.of(meta.getColumnType(i), name, column)));
            }
            var all = new ArrayList<List<Object>>();
            while (rows.next()) {
                var row = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).kind().read(rows, i + 1);
                    row.add(value instanceof LocalDateTime t ? t.truncatedTo(ChronoUnit.MICROS) : value);
                }
                all.add(row);
            }
            return new Table(name, columns, all);
        }
    }

    private static void writeChecksums(Path file, int version) throws IOException {
        var lines = new StringBuilder();
        for (var entry : currentChecksums().entrySet()) {
            if (versionOf(MIGRATION_NAME, entry.getKey()) <= version) {
                // sha256sum's format, so that `sha256sum -c` in db/migration checks it too.
                lines.append(entry.getValue()).append("  ").append(entry.getKey()).append('\n');
            }
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    private static void shutDown(String folder) {
        try {
            var dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName(Path.of(folder).toAbsolutePath().toString());
            dataSource.setShutdownDatabase("shutdown");
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006).
        }
    }
}
