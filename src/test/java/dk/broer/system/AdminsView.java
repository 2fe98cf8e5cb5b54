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
 * Only in the API suite's deployment, never in Broer: what an admin with the database open sees.
 * Every row of a table, every column, in the order the database keeps them (no ORDER BY), and on
 * PostgreSQL also each row's transaction id (xmin) and place (ctid).
 */
@Path("test-only/tables/{table}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class AdminsView {

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @GET
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
