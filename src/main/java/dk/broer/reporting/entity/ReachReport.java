package dk.broer.reporting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the reach report, already suppressed: every output (page, API, CSV, PDF) prints exactly
 * these cells, so the same rules hold everywhere. Texts are in the report's language; from and to are
 * months ("2026-01"), inclusive.
 */
public record ReachReport(String language, String from, String to, String period, String dimension, String scope,
                          int threshold, Totals totals, List<Table> tables, List<Target> targets, Consultants consultants,
                          List<ActivityLine> activities, Instant made) {

    /** People reached and trained (each person once), enrolments, completions, certificates, and the completion rate. */
    public record Totals(Cell reached, Cell trained, Cell enrolments, Cell completions, Cell certificates, Share completionRate) {
    }

    /** One published table: a measure by the chosen dimension (rows) and period (columns), with both margins. */
    public record Table(String measure, String title, String dimension, List<String> columns, List<Row> rows, List<Cell> columnTotals,
                        Cell total) {
    }

    public record Row(String key, String label, List<Cell> cells, Cell total) {
    }

    /**
     * A programme target: the share who agreed with its item, n, the interval and whether it is met
     * ({@code met}, {@code not-met}, {@code too-few}).
     */
    public record Target(String id, String title, String item, int percent, Cell answers, Cell agreeing, Share share, String status) {
    }

    public record Consultants(Cell active, Cell expiring, Cell expired) {
    }

    public record ActivityLine(String title, String kind, LocalDate startsOn, LocalDate endsOn, String district, Cell participants,
                               Cell answers) {
    }
}
