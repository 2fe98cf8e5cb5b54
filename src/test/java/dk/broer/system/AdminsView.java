package dk.broer.system;

import dk.broer.people.boundary.Public;
import dk.broer.platform.control.Schema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Only in the API suite's deployment, never in Broer: what an admin with the database open sees,
 * and faking the dates of a row (for the retention tests).
 * Every row of a table, every column, in the order the database keeps them (no ORDER BY), and on
 * PostgreSQL also each row's transaction id (xmin) and place (ctid).
 */
@Path("test-only")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class AdminsView {

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Path("tables/{table}")
    @Operation(hidden = true)
    public List<Map<String, String>> rows(@PathParam("table") String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, table)) {
                throw new NotFoundException();
            }
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String sql = "SELECT " + (postgres ? "xmin::text AS xmin, ctid::text AS ctid, " : "") + "* FROM " + actual(connection, table);
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        row.put(columns.getColumnLabel(c).toLowerCase(), rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Every table of the database, in lower case (the suite checks each is declared in the record of processing). */
    @GET
    @Path("tables")
    @Operation(hidden = true)
    public List<String> tables() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(null, schema(connection), null, new String[]{"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        }
    }

    /**
     * Fakes dates: sets the given DATE or TIMESTAMP columns (body: column → ISO date, date-time or
     * instant) of the row whose single-column primary key is {@code key}. Only columns the database
     * lists for the table, of those types. The number of rows changed (1, or 404).
     */
    @jakarta.ws.rs.PUT
    @Path("tables/{table}/{key}")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public int backdate(@PathParam("table") String table, @PathParam("key") String key, jakarta.json.JsonObject values)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, table)) {
                throw new NotFoundException();
            }
            Map<String, Integer> types = new LinkedHashMap<>();
            try (ResultSet columns = connection.getMetaData().getColumns(null, schema(connection), identifier(connection, table), null)) {
                while (columns.next()) {
                    types.put(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT), columns.getInt("DATA_TYPE"));
                }
            }
            List<String> keys = new ArrayList<>();
            try (ResultSet pk = connection.getMetaData().getPrimaryKeys(null, schema(connection), identifier(connection, table))) {
                while (pk.next()) {
                    keys.add(pk.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (keys.size() != 1 || values.isEmpty()) {
                throw new jakarta.ws.rs.BadRequestException("a table with a one-column primary key, and some columns");
            }
            List<String> set = new ArrayList<>();
            List<Object> given = new ArrayList<>();
            for (String column : values.keySet()) {
                Integer type = types.get(column);
                String value = values.getString(column);
                if (type == null || !column.matches("[a-z_]+")) {
                    throw new jakarta.ws.rs.BadRequestException("no column " + column);
                }
                if (type == java.sql.Types.DATE) {
                    given.add(java.sql.Date.valueOf(java.time.LocalDate.parse(value.substring(0, 10))));
                } else if (type == java.sql.Types.TIMESTAMP || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
                    java.time.LocalDateTime at = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                            ? java.time.LocalDateTime.ofInstant(java.time.OffsetDateTime.parse(value).toInstant(), java.time.ZoneId.systemDefault())
                            : value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay() : java.time.LocalDateTime.parse(value);
                    given.add(java.sql.Timestamp.valueOf(at));
                } else {
                    throw new jakarta.ws.rs.BadRequestException(column + " is no date or time");
                }
                set.add(column + " = ?");
            }
            String keyColumn = keys.get(0);
            boolean numeric = List.of(java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.SMALLINT).contains(types.get(keyColumn));
            try (java.sql.PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + actual(connection, table) + " SET " + String.join(", ", set) + " WHERE " + keyColumn + " = ?")) {
                for (int i = 0; i < given.size(); i++) {
                    update.setObject(i + 1, given.get(i));
                }
                if (numeric) {
                    update.setLong(given.size() + 1, Long.parseLong(key));
                } else {
                    update.setString(given.size() + 1, key);
                }
                int changed = update.executeUpdate();
                if (changed == 0) {
                    throw new NotFoundException();
                }
                return changed;
            }
        }
    }

    /** Broer's own schema: Derby's user schema, PostgreSQL's public (not the catalogue's). */
    private static String schema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** A name as the database's metadata spells it: Derby in upper case, PostgreSQL in lower. */
    private static String identifier(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    /** Only names the database itself lists, so nothing but a table name reaches the SQL. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        return actual(connection, table) != null;
    }

    /**
     * The table's name as the database spells it, quoted (Derby keeps Flyway's history table in
     * lower case, Broer's own in upper case), or null when there is no such table.
     */
    private static String actual(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            return null;
        }
        try (ResultSet tables = connection.getMetaData().getTables(null, schema(connection), null, new String[]{"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return '"' + tables.getString("TABLE_NAME") + '"';
                }
            }
        }
        return null;
    }
}
