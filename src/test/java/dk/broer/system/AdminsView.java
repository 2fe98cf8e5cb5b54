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
 * and (until the privacy issue's erasure exists) deleting a person's rows straight from the tables.
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
            String sql = "SELECT " + (postgres ? "xmin::text AS xmin, ctid::text AS ctid, " : "") + "* FROM " + table;
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

    /**
     * Deletes a learner and every row that refers to them, following the foreign keys the database
     * declares (rows that refer to those rows first). Returns how many rows went.
     */
    @jakarta.ws.rs.DELETE
    @Path("people/{learner}")
    @Operation(hidden = true)
    public int erase(@PathParam("learner") long learner) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return delete(connection, identifier(connection, "learner"), identifier(connection, "id"), learner);
        }
    }

    private static int delete(Connection connection, String table, String column, long value) throws SQLException {
        int deleted = 0;
        List<String[]> referring = new ArrayList<>();
        try (ResultSet keys = connection.getMetaData().getExportedKeys(null, null, table)) {
            while (keys.next()) {
                referring.add(new String[]{keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME"), keys.getString("PKCOLUMN_NAME")});
            }
        }
        List<Long> ids = new ArrayList<>();
        try (java.sql.PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
            select.setLong(1, value);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException noIdColumn) {
            // A table without an id column has nothing referring to it.
        }
        for (String[] ref : referring) {
            for (long id : ids) {
                deleted += delete(connection, ref[0], ref[1], id);
            }
        }
        deleted += deleteLearnerColumns(connection, table, value, column);
        try (java.sql.PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            delete.setLong(1, value);
            deleted += delete.executeUpdate();
        }
        return deleted;
    }

    /** Before the learner row itself: the tables that hold a learner_id without declaring it. */
    private static int deleteLearnerColumns(Connection connection, String table, long learner, String column) throws SQLException {
        if (!table.equalsIgnoreCase("learner")) {
            return 0;
        }
        int deleted = 0;
        List<String> tables = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, null, identifier(connection, "learner_id"))) {
            while (columns.next()) {
                tables.add(columns.getString("TABLE_NAME"));
            }
        }
        for (String other : tables) {
            try (java.sql.PreparedStatement delete = connection.prepareStatement("DELETE FROM " + other + " WHERE learner_id = ?")) {
                delete.setLong(1, learner);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    /** A name as the database's metadata spells it: Derby in upper case, PostgreSQL in lower. */
    private static String identifier(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    /** Only names the database itself lists, so nothing but a table name reaches the SQL. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[]{"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table) && table.matches("[a-z_]+")) {
                    return true;
                }
            }
        }
        return false;
    }
}
