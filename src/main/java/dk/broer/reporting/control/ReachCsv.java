package dk.broer.reporting.control;

import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Spreadsheet;
import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.ActivityLine;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import dk.broer.reporting.entity.ReachReport.Target;
import dk.broer.reporting.entity.Share;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reach report as one CSV file for a spreadsheet: the period and scope at the top, then a block per section
 * (targets, totals, each table with its row and column totals, dialogue consultants, activities), each block a
 * title line and a header line, blocks apart by a blank line, and the suppression rule as the last line. Cells
 * are the report's shown texts ("12", "<5", "–"), never recomputed. Danish files use semicolons and decimal
 * commas, as Danish Excel expects; English ones commas and points. {@link Spreadsheet} adds the byte-order mark
 * and neutralises cells that would start a formula.
 */
public final class ReachCsv {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReachCsv() {
    }

    public static byte[] csv(ReachReport report) {
        String language = report.language() == null || !Messages.LANGUAGES.contains(report.language())
                ? "da" : report.language();
        boolean english = "en".equals(language);
        return Spreadsheet.csv(new Sections(report, language).rows(), english);
    }

    private static final class Sections {

        private final ReachReport report;
        private final String language;
        private final DecimalFormat oneDecimal;
        private final List<List<String>> rows = new ArrayList<>();

        Sections(ReachReport report, String language) {
            this.report = report;
            this.language = language;
            this.oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language)));
        }

        List<List<String>> rows() {
            top();
            targets();
            totals();
            for (Table table : nonNull(report.tables())) {
                table(table);
            }
            consultants();
            activities();
            rows.add(List.of());
            rows.add(List.of(text("reach.csv.rule", Integer.toString(report.threshold()))));
            return rows;
        }

        private void top() {
            rows.add(List.of(text("reach.csv.title")));
            rows.add(List.of(text("reach.csv.period"), String.valueOf(report.from()), String.valueOf(report.to()),
                    periodKind()));
            rows.add(List.of(text("reach.csv.scope"),
                    "all".equals(report.scope()) ? text("reach.csv.scope.all") : String.valueOf(report.scope())));
            rows.add(List.of(text("reach.csv.rows"), dimension(report.dimension())));
            rows.add(List.of(text("reach.csv.made"),
                    report.made() == null ? "" : Copenhagen.local(report.made()).format(MADE)));
        }

        private void targets() {
            List<Target> targets = nonNull(report.targets());
            if (targets.isEmpty()) {
                return;
            }
            block(text("reach.csv.targets"), List.of(text("reach.csv.target"), text("reach.csv.item"),
                    text("reach.csv.targetPercent"), text("reach.csv.answers"), text("reach.csv.agreeing"),
                    text("reach.csv.share"), text("reach.csv.low"), text("reach.csv.high"), text("reach.csv.status")));
            for (Target target : targets) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(target.title()), String.valueOf(target.item()),
                        Integer.toString(target.percent()), shown(target.answers()), shown(target.agreeing())));
                row.addAll(share(target.share()));
                row.add(status(target.status()));
                rows.add(row);
            }
        }

        private void totals() {
            ReachReport.Totals totals = report.totals();
            if (totals == null) {
                return;
            }
            block(text("reach.csv.totals"), List.of(text("reach.csv.figure"), text("reach.csv.number"),
                    text("reach.csv.low"), text("reach.csv.high")));
            rows.add(List.of(text("reach.csv.reached"), shown(totals.reached())));
            rows.add(List.of(text("reach.csv.trained"), shown(totals.trained())));
            rows.add(List.of(text("reach.csv.enrolments"), shown(totals.enrolments())));
            rows.add(List.of(text("reach.csv.completions"), shown(totals.completions())));
            rows.add(List.of(text("reach.csv.certificates"), shown(totals.certificates())));
            List<String> rate = new ArrayList<>(List.of(text("reach.csv.completionRate")));
            rate.addAll(share(totals.completionRate()));
            rows.add(rate);
        }

        private void table(Table table) {
            List<String> header = new ArrayList<>();
            header.add(dimension(table.dimension()));
            header.addAll(nonNull(table.columns()));
            header.add(text("reach.csv.total"));
            block(String.valueOf(table.title()), header);
            int columns = nonNull(table.columns()).size();
            for (Row row : nonNull(table.rows())) {
                List<String> line = new ArrayList<>();
                line.add(String.valueOf(row.label()));
                for (int i = 0; i < columns; i++) {
                    line.add(shownAt(row.cells(), i));
                }
                line.add(shown(row.total()));
                rows.add(line);
            }
            List<String> foot = new ArrayList<>();
            foot.add(text("reach.csv.total"));
            for (int i = 0; i < columns; i++) {
                foot.add(shownAt(table.columnTotals(), i));
            }
            foot.add(shown(table.total()));
            rows.add(foot);
        }

        private void consultants() {
            ReachReport.Consultants consultants = report.consultants();
            if (consultants == null) {
                return;
            }
            block(text("reach.csv.consultants"), List.of(text("reach.csv.consultants.active"),
                    text("reach.csv.consultants.expiring"), text("reach.csv.consultants.expired")));
            rows.add(List.of(shown(consultants.active()), shown(consultants.expiring()), shown(consultants.expired())));
        }

        private void activities() {
            List<ActivityLine> activities = nonNull(report.activities());
            block(text("reach.csv.activities"), List.of(text("reach.csv.activity.title"),
                    text("reach.csv.activity.kind"), text("reach.csv.activity.startsOn"),
                    text("reach.csv.activity.endsOn"), text("reach.csv.activity.district"),
                    text("reach.csv.activity.participants"), text("reach.csv.activity.answers")));
            for (ActivityLine a : activities) {
                rows.add(List.of(String.valueOf(a.title()), kind(a.kind()), date(a.startsOn()), date(a.endsOn()),
                        a.district() == null ? "" : a.district(), shown(a.participants()), shown(a.answers())));
            }
        }

        /** A blank line after what came before, the block's title, and its header line. */
        private void block(String title, List<String> header) {
            rows.add(List.of());
            rows.add(List.of(title));
            rows.add(header);
        }

        /** Percent, interval from, interval to; empty cells when the group is too small for a percentage. */
        private List<String> share(Share share) {
            if (share == null || share.isHidden()) {
                return List.of("", "", "");
            }
            return List.of(Integer.toString(share.percent()), share.low() == null ? "" : oneDecimal.format(share.low()),
                    share.high() == null ? "" : oneDecimal.format(share.high()));
        }

        private String periodKind() {
            return switch (String.valueOf(report.period())) {
                case "month" -> text("reach.csv.period.month");
                case "quarter" -> text("reach.csv.period.quarter");
                case "year" -> text("reach.csv.period.year");
                default -> String.valueOf(report.period());
            };
        }

        private String dimension(String code) {
            return switch (String.valueOf(code)) {
                case "district" -> text("reach.csv.by.district");
                case "organisation" -> text("reach.csv.by.organisation");
                case "sector" -> text("reach.csv.by.sector");
                case "audience" -> text("reach.csv.by.audience");
                case "cohort" -> text("reach.csv.by.cohort");
                case "track" -> text("reach.csv.by.track");
                default -> String.valueOf(code);
            };
        }

        private String status(String status) {
            return switch (String.valueOf(status)) {
                case "met" -> text("reach.csv.status.met");
                case "not-met" -> text("reach.csv.status.notMet");
                case "too-few" -> text("reach.csv.status.tooFew");
                default -> String.valueOf(status);
            };
        }

        private String kind(String kind) {
            return switch (String.valueOf(kind)) {
                case "event" -> text("reach.csv.kind.event");
                case "campaign" -> text("reach.csv.kind.campaign");
                default -> kind == null ? "" : kind;
            };
        }

        private String text(String key, Object... args) {
            return Messages.text(language, key, args);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String shown(Cell cell) {
        return cell == null || cell.shown() == null ? "" : cell.shown();
    }

    private static String shownAt(List<Cell> cells, int i) {
        return cells == null || i >= cells.size() ? "" : shown(cells.get(i));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
