package dk.broer.privacy.entity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a kind of personal data lives: the rows of a table whose column holds the person's id,
 * or (through) the id of a row of another table that does. Withheld columns are kept but not
 * handed out in an export: hashes of the person's own secrets, useless to them and a risk if leaked.
 * A table with no column is tied to no person id (throttling records keyed by an address).
 */
public record Stored(String table, Optional<String> column, Optional<Through> through, Set<String> withheld,
                     Map<String, String> when) {

    /** The table and column of the row that holds the person's id. */
    public record Through(String table, String column) {
    }

    public Stored {
        Objects.requireNonNull(table);
        withheld = Set.copyOf(withheld);
        when = Map.copyOf(when);
    }

    public static Stored in(String table, String column) {
        return new Stored(table, Optional.of(column), Optional.empty(), Set.of(), Map.of());
    }

    public static Stored through(String table, String column, String throughTable, String throughColumn) {
        return new Stored(table, Optional.of(column), Optional.of(new Through(throughTable, throughColumn)), Set.of(), Map.of());
    }

    /** Data that can't be looked up by person: it is listed, but no export can include it. */
    public static Stored unlinked(String table) {
        return new Stored(table, Optional.empty(), Optional.empty(), Set.of(), Map.of());
    }

    public Stored withholding(String... columns) {
        return new Stored(table, column, through, Set.of(columns), when);
    }

    /** Only the rows where another column has this value (whose id it is: a learner's or a staff member's). */
    public Stored when(String otherColumn, String value) {
        var conditions = new java.util.LinkedHashMap<>(when);
        conditions.put(otherColumn, value);
        return new Stored(table, column, through, withheld, conditions);
    }
}
