package dk.broer.privacy.control;

import dk.broer.platform.control.Schema;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything Broer holds about one person (GDPR art. 15 and 20), read straight from where the
 * inventory says each kind is stored, every column but the withheld ones. Reading the tables the
 * declarations name, rather than each capability writing its own export, is what makes the export
 * complete by construction: a table is either declared (and exported) or the completeness test fails.
 */
@ApplicationScoped
public class Export {

    /** One kind of data and its rows, table by table. */
    public record Section(PersonalData data, Map<String, List<Map<String, Object>>> records,
                          Map<String, List<String>> withheld) {
    }

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Inventory inventory;

    public List<Section> of(Subject subject, long id) {
        try (Connection connection = dataSource.getConnection()) {
            List<Section> sections = new ArrayList<>();
            for (PersonalData data : inventory.of(subject)) {
                Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
                Map<String, List<String>> withheld = new LinkedHashMap<>();
                for (Stored stored : data.stored()) {
                    if (stored.column().isPresent()) {
                        records.merge(stored.table(), rows(connection, stored, id), Export::union);
                        if (!stored.withheld().isEmpty()) {
                            withheld.put(stored.table(), stored.withheld().stream().sorted().toList());
                        }
                    }
                }
                if (!records.isEmpty()) {
                    sections.add(new Section(data, records, withheld));
                }
            }
            return sections;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the person's data for the export", e);
        }
    }

    /** Two ways to the same table (the audit log: as actor, as target) give each row once. */
    private static List<Map<String, Object>> union(List<Map<String, Object>> some, List<Map<String, Object>> more) {
        List<Map<String, Object>> all = new ArrayList<>(some);
        more.stream().filter(row -> !some.contains(row)).forEach(all::add);
        return all;
    }

    private static List<Map<String, Object>> rows(Connection connection, Stored stored, long id) throws SQLException {
        String column = stored.column().orElseThrow();
        String match = stored.through()
                .map(t -> column + " IN (SELECT id FROM " + t.table() + " WHERE " + t.column() + " = ?)")
                .orElse(column + " = ?");
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(stored.table()).append(" WHERE ").append(match);
        stored.when().keySet().forEach(other -> sql.append(" AND ").append(other).append(" = ?"));
        sql.append(" ORDER BY 1");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bindId(select, stored, id);
            int p = 2;
            for (String value : stored.when().values()) {
                select.setString(p++, value);
            }
            try (ResultSet rs = select.executeQuery()) {
                return read(rs, stored);
            }
        }
    }

    /** The id as the column holds it: a number, or text where a column names targets of many kinds (the audit log). */
    private static void bindId(PreparedStatement select, Stored stored, long id) throws SQLException {
        int type = select.getParameterMetaData().getParameterType(1);
        if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR) {
            select.setString(1, String.valueOf(id));
        } else {
            select.setLong(1, id);
        }
    }

    private static List<Map<String, Object>> read(ResultSet rs, Stored stored) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                String name = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                if (!stored.withheld().contains(name)) {
                    row.put(name, value(rs, c, columns.getColumnType(c)));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Plain JSON values: text, numbers, true/false, times as ISO-8601 text, bytes (an uploaded PDF) as base64. */
    private static Object value(ResultSet rs, int c, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                var at = rs.getTimestamp(c);
                yield at == null ? null : at.toInstant().toString();
            }
            case Types.DATE -> {
                var day = rs.getDate(c);
                yield day == null ? null : day.toLocalDate().toString();
            }
            case Types.BLOB -> {
                Blob blob = rs.getBlob(c);
                yield blob == null ? null : Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rs.getBytes(c);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(c);
                yield rs.wasNull() ? null : b;
            }
            default -> rs.getObject(c);
        };
    }
}
