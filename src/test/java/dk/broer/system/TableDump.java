package dk.broer.system;

import dk.broer.credentials.control.StatusList;
import jakarta.json.Json;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of Broer's database, as text, for comparing a database with another:
 * tables by name, rows sorted (the order a database returns them in is no part of the data), columns
 * by name, in lower case (Derby says STATUS_LIST, PostgreSQL status_list).
 *
 * <p>What a start writes by itself is left out, and only that: the revocation list's row is signed
 * again at every start (StatusListAtStart), so its timestamp and its credential's validFrom and
 * proof differ; the list itself, the credential's encodedList (decoded to the indices set), and its
 * count of revoked entries are kept, so a list that disagreed with the restored awards would show.
 */
final class TableDump {

    private TableDump() {
    }

    /** Embedded Derby in a folder, opened from this JVM (Broer must be stopped) and shut down again. */
    static Map<String, List<String>> derby(Path database) throws SQLException {
        System.setProperty("derby.stream.error.file", database.toAbsolutePath().getParent().resolve("test-derby.log").toString());
        String url = "jdbc:derby:" + database.toAbsolutePath();
        Map<String, List<String>> dump;
        try (Connection connection = DriverManager.getConnection(url)) {
            dump = of(connection, "APP");
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        return dump;
    }

    static Map<String, List<String>> postgres(String database) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.pg.port", "5432") + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, "broer", "broer-tests")) {
            return of(connection, "public");
        }
    }

    private static Map<String, List<String>> of(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (var statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + schema + ".\"" + table + "\"")) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), text(result.getObject(i)));
                    }
                    rows.add(startWritten(table.toLowerCase(Locale.ROOT), row).toString());
                }
            }
            rows.sort(null);
            dump.put(table.toLowerCase(Locale.ROOT), rows);
        }
        return dump;
    }

    private static Map<String, String> startWritten(String table, Map<String, String> row) {
        if (table.equals("status_list")) {
            row.remove("updated_at");
            String encoded = Json.createReader(new StringReader(row.get("credential"))).readObject()
                    .getJsonObject("credentialSubject").getString("encodedList");
            row.put("credential", "bits set: " + StatusList.decode(encoded));
        }
        return row;
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
