package dk.broer.reporting.control;

import static dk.broer.reporting.control.ReachPdf.*;

import dk.broer.certification.control.DocumentFonts.Style;
import dk.broer.certification.control.Typesetter.Block;
import dk.broer.certification.control.Typesetter.Fit;
import dk.broer.platform.control.Messages;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.ActivityLine;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import dk.broer.reporting.entity.ReachReport.Target;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes the report's sections in order, down the pages. */
final class PdfLayout {

    private final ReachReport report;
    private final PdfWording words;
    private final PdfSheet sheet;
    private final String language;

    PdfLayout(ReachReport report, PdfWording words, PdfSheet sheet) {
        this.report = report;
        this.words = words;
        this.sheet = sheet;
        this.language = words.language;
    }

    void write() throws IOException {
        sheet.newPage();
        front();
        targets();
        totals();
        for (Table table : nonNull(report.tables())) {
            table(table);
        }
        consultants();
        activities();
        method();
    }

    private void front() throws IOException {
        sheet.paragraph(words.title(), new Fit(Style.BOLD, 22, 18, 14, 2), ACCENT, 6);
        Fit line = new Fit(Style.REGULAR, 10.5f, 9, 8, 3);
        sheet.paragraph(words.period(), line, INK, 1);
        sheet.paragraph(words.scope(), line, INK, 1);
        sheet.paragraph(words.rows(), line, INK, 1);
        sheet.paragraph(words.made(), line, GREY, 4);
        sheet.rule(LEFT, LEFT + WIDTH, sheet.y, 0.8f, ACCENT);
        sheet.y -= 10;
    }

    private void targets() throws IOException {
        List<Target> targets = nonNull(report.targets());
        sheet.heading(Messages.text(language, "reach.pdf.targets"), 70);
        if (targets.isEmpty()) {
            sheet.paragraph(Messages.text(language, "reach.pdf.targets.none"), body(), GREY, 4);
            return;
        }
        for (Target target : targets) {
            sheet.need(80);
            sheet.paragraph(target.title(), new Fit(Style.BOLD, 11, 10, 9, 3), INK, 1);
            sheet.paragraph(Messages.text(language, "reach.pdf.target.item", target.item()), body(), INK, 1);
            sheet.paragraph(Messages.text(language, "reach.pdf.target.goal", Integer.toString(target.percent())),
                    body(), INK, 1);
            sheet.paragraph(Messages.text(language, "reach.pdf.target.share", words.share(target.share())),
                    body(), INK, 1);
            sheet.paragraph(Messages.text(language, "reach.pdf.target.answers", shown(target.answers()),
                    shown(target.agreeing())), body(), INK, 1);
            float[] colour = switch (String.valueOf(target.status())) {
                case "met" -> MET;
                case "not-met" -> NOT_MET;
                default -> GREY;
            };
            sheet.paragraph(Messages.text(language, "reach.pdf.target.status", words.status(target.status())),
                    new Fit(Style.BOLD, TEXT, TEXT, 8, 3), colour, 8);
        }
    }

    private void totals() throws IOException {
        ReachReport.Totals totals = report.totals();
        if (totals == null) {
            return;
        }
        List<List<String>> rows = List.of(
                List.of(Messages.text(language, "reach.pdf.totals.reached"), shown(totals.reached())),
                List.of(Messages.text(language, "reach.pdf.totals.trained"), shown(totals.trained())),
                List.of(Messages.text(language, "reach.pdf.totals.enrolments"), shown(totals.enrolments())),
                List.of(Messages.text(language, "reach.pdf.totals.completions"), shown(totals.completions())),
                List.of(Messages.text(language, "reach.pdf.totals.certificates"), shown(totals.certificates())),
                List.of(Messages.text(language, "reach.pdf.totals.completionRate"),
                        words.share(totals.completionRate())));
        List<PdfColumn> columns = List.of(PdfColumn.name(Messages.text(language, "reach.pdf.totals.figure")),
                PdfColumn.number(Messages.text(language, "reach.pdf.totals.number")));
        String title = Messages.text(language, "reach.pdf.totals");
        grid(title, layout(columns, rows, List.of()), rows, List.of());
    }

    private void table(Table table) throws IOException {
        List<String> periods = nonNull(table.columns());
        List<Row> rows = nonNull(table.rows());
        String title = String.valueOf(table.title());
        if (rows.isEmpty()) {
            sheet.heading(title, 20);
            sheet.paragraph(Messages.text(language, "reach.pdf.table.empty"), body(), GREY, 4);
            return;
        }
        String rowHeader = words.capitalised(words.dimension(table.dimension()));
        String total = words.total();
        // The fewest blocks whose columns fit at a readable size: one, if a smaller font will do.
        for (int parts = 1; parts <= Math.max(1, periods.size()); parts++) {
            List<List<Integer>> chunks = chunks(periods.size(), parts);
            List<PdfGrid> grids = new ArrayList<>();
            List<List<List<String>>> bodies = new ArrayList<>();
            List<List<List<String>>> feet = new ArrayList<>();
            for (int c = 0; c < chunks.size(); c++) {
                boolean last = c == chunks.size() - 1;
                List<Integer> chunk = chunks.get(c);
                List<PdfColumn> columns = new ArrayList<>();
                columns.add(PdfColumn.name(rowHeader));
                chunk.forEach(i -> columns.add(PdfColumn.number(periods.get(i))));
                if (last) {
                    columns.add(PdfColumn.number(total));
                }
                List<List<String>> body = new ArrayList<>();
                for (Row row : rows) {
                    List<String> cells = new ArrayList<>();
                    cells.add(String.valueOf(row.label()));
                    chunk.forEach(i -> cells.add(shownAt(row.cells(), i)));
                    if (last) {
                        cells.add(shown(row.total()));
                    }
                    body.add(cells);
                }
                List<String> foot = new ArrayList<>();
                foot.add(total);
                chunk.forEach(i -> foot.add(shownAt(table.columnTotals(), i)));
                if (last) {
                    foot.add(shown(table.total()));
                }
                PdfGrid grid = layout(columns, body, List.of(foot));
                if (grid == null) {
                    break;
                }
                grids.add(grid);
                bodies.add(body);
                feet.add(List.of(foot));
            }
            if (grids.size() == chunks.size()) {
                for (int c = 0; c < grids.size(); c++) {
                    List<Integer> chunk = chunks.get(c);
                    String blockTitle = grids.size() == 1 || chunk.isEmpty() ? title
                            : Messages.text(language, "reach.pdf.table.part", title, periods.get(chunk.get(0)),
                                    periods.get(chunk.get(chunk.size() - 1)));
                    grid(blockTitle, grids.get(c), bodies.get(c), feet.get(c));
                }
                return;
            }
        }
        throw new IllegalArgumentException("The table \"" + title + "\" is too wide to print even one period"
                + " column beside its row labels");
    }

    private void consultants() throws IOException {
        ReachReport.Consultants consultants = report.consultants();
        if (consultants == null) {
            return;
        }
        List<List<String>> rows = List.of(
                List.of(Messages.text(language, "reach.pdf.consultants.active"), shown(consultants.active())),
                List.of(Messages.text(language, "reach.pdf.consultants.expiring"), shown(consultants.expiring())),
                List.of(Messages.text(language, "reach.pdf.consultants.expired"), shown(consultants.expired())));
        List<PdfColumn> columns = List.of(PdfColumn.name(Messages.text(language, "reach.pdf.consultants.status")),
                PdfColumn.number(Messages.text(language, "reach.pdf.totals.number")));
        grid(Messages.text(language, "reach.pdf.consultants"), layout(columns, rows, List.of()), rows, List.of());
    }

    private void activities() throws IOException {
        List<ActivityLine> activities = nonNull(report.activities());
        String title = Messages.text(language, "reach.pdf.activities");
        if (activities.isEmpty()) {
            sheet.heading(title, 20);
            sheet.paragraph(Messages.text(language, "reach.pdf.activities.none"), body(), GREY, 4);
            return;
        }
        List<PdfColumn> columns = List.of(
                PdfColumn.name(Messages.text(language, "reach.pdf.activity.title")),
                PdfColumn.fixed(Messages.text(language, "reach.pdf.activity.kind")),
                PdfColumn.fixed(Messages.text(language, "reach.pdf.activity.dates")),
                PdfColumn.name(Messages.text(language, "reach.pdf.activity.district")),
                PdfColumn.number(Messages.text(language, "reach.pdf.activity.participants")),
                PdfColumn.number(Messages.text(language, "reach.pdf.activity.answers")));
        List<List<String>> rows = activities.stream().map(a -> List.of(String.valueOf(a.title()),
                words.kind(a.kind()), words.dates(a.startsOn(), a.endsOn()),
                a.district() == null ? "" : a.district(), shown(a.participants()), shown(a.answers()))).toList();
        PdfGrid grid = layout(columns, rows, List.of());
        if (grid == null) {
            // Very long kinds or dates: let every text column wrap rather than give up.
            grid = layout(columns.stream().map(c -> c.numeric() ? c : PdfColumn.name(c.header())).toList(), rows,
                    List.of());
        }
        grid(title, grid, rows, List.of());
    }

    private void method() throws IOException {
        String threshold = Integer.toString(report.threshold());
        sheet.heading(Messages.text(language, "reach.pdf.method"), 60);
        sheet.paragraph(Messages.text(language, "reach.pdf.method.suppression", threshold), body(), INK, 4);
        sheet.paragraph(Messages.text(language, "reach.pdf.method.counting"), body(), INK, 4);
        sheet.paragraph(Messages.text(language, "reach.pdf.method.share", threshold), body(), INK, 4);
    }

    private static Fit body() {
        return new Fit(Style.REGULAR, TEXT, TEXT, 8, 40, LEADING, Float.MAX_VALUE);
    }

    /** The columns' widths at the largest size that fits the page, or null when none does. */
    private PdfGrid layout(List<PdfColumn> columns, List<List<String>> body, List<List<String>> foot) {
        for (float size : TABLE_SIZES) {
            float[] natural = new float[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                float widest = sheet.width(columns.get(c).header(), Style.BOLD, size);
                for (List<String> row : body) {
                    widest = Math.max(widest, sheet.width(row.get(c), Style.REGULAR, size));
                }
                for (List<String> row : foot) {
                    widest = Math.max(widest, sheet.width(row.get(c), Style.BOLD, size));
                }
                // A little slack, so that rounding never pushes a number onto a second line.
                natural[c] = widest + 2 * CELL_PAD + 0.5f;
            }
            float[] widths = share(columns, natural, WIDTH);
            if (widths != null) {
                return new PdfGrid(columns, widths, size);
            }
        }
        return null;
    }

    /**
     * Numbers and fixed columns get their natural width; wrapping columns share what is left, in proportion to
     * their natural widths and none narrower than {@link #NARROWEST_TEXT} unless its text is.
     */
    private static float[] share(List<PdfColumn> columns, float[] natural, float available) {
        float[] widths = natural.clone();
        float fixed = 0;
        float wrapping = 0;
        float floors = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).wraps()) {
                wrapping += natural[c];
                floors += Math.min(natural[c], NARROWEST_TEXT);
            } else {
                fixed += natural[c];
            }
        }
        float left = available - fixed;
        if (left < floors) {
            return null;
        }
        if (wrapping <= left) {
            return widths;
        }
        float extra = left - floors;
        float above = wrapping - floors;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).wraps()) {
                float floor = Math.min(natural[c], NARROWEST_TEXT);
                widths[c] = floor + (above <= 0 ? 0 : extra * (natural[c] - floor) / above);
            }
        }
        return widths;
    }

    /** Draws a table: title, header row, body rows and footer rows, repeating title and header on a new page. */
    private void grid(String title, PdfGrid grid, List<List<String>> body, List<List<String>> foot)
            throws IOException {
        if (grid == null) {
            throw new IllegalArgumentException("The table \"" + title + "\" is too wide to print");
        }
        List<String> headers = grid.columns().stream().map(PdfColumn::header).toList();
        float headerHeight = rowHeight(grid, headers, Style.BOLD);
        float first = body.isEmpty() ? 0 : rowHeight(grid, body.get(0), Style.REGULAR);
        sheet.heading(title, headerHeight + first + 4);
        header(grid, headers, headerHeight);
        List<List<String>> all = new ArrayList<>(body);
        all.addAll(foot);
        for (int r = 0; r < all.size(); r++) {
            boolean isFoot = r >= body.size();
            Style style = isFoot ? Style.BOLD : Style.REGULAR;
            float height = rowHeight(grid, all.get(r), style);
            if (sheet.need(height)) {
                sheet.paragraph(Messages.text(language, "reach.pdf.table.continued", title),
                        new Fit(Style.BOLD, 11, 10, 9, 2), ACCENT, 4);
                header(grid, headers, headerHeight);
            }
            if (isFoot && r == body.size()) {
                sheet.rule(LEFT, LEFT + total(grid.widths()), sheet.y, 0.9f, INK);
            }
            row(grid, all.get(r), style, height, INK);
            if (!isFoot) {
                sheet.rule(LEFT, LEFT + total(grid.widths()), sheet.y, 0.3f, RULE);
            }
        }
        sheet.y -= 12;
    }

    private void header(PdfGrid grid, List<String> headers, float height) throws IOException {
        sheet.fill(LEFT, sheet.y, total(grid.widths()), height, HEADER_FILL);
        row(grid, headers, Style.BOLD, height, INK);
        sheet.rule(LEFT, LEFT + total(grid.widths()), sheet.y, 0.9f, INK);
    }

    private float rowHeight(PdfGrid grid, List<String> cells, Style style) {
        float tallest = grid.size();
        for (int c = 0; c < cells.size(); c++) {
            tallest = Math.max(tallest, cell(grid, c, cells.get(c), style).height(CELL_LEADING));
        }
        return tallest + 2 * CELL_PAD_V + grid.size() * 0.2f;
    }

    private Block cell(PdfGrid grid, int c, String text, Style style) {
        PdfColumn column = grid.columns().get(c);
        float size = grid.size();
        Fit fit = column.wraps() ? new Fit(style, size, size, size, 40, CELL_LEADING, Float.MAX_VALUE)
                : new Fit(style, size, size, size, 1);
        return sheet.fit(text, fit, grid.widths()[c] - 2 * CELL_PAD);
    }

    private void row(PdfGrid grid, List<String> cells, Style style, float height, float[] colour)
            throws IOException {
        sheet.colour(colour);
        float x = LEFT;
        float baseline = sheet.y - CELL_PAD_V - grid.size() * 0.85f;
        for (int c = 0; c < cells.size(); c++) {
            Block block = cell(grid, c, cells.get(c), style);
            if (!block.lines().isEmpty()) {
                float at = grid.columns().get(c).numeric()
                        ? x + grid.widths()[c] - CELL_PAD - block.lines().get(0).width()
                        : x + CELL_PAD;
                sheet.drawLeft(block, at, baseline, CELL_LEADING);
            }
            x += grid.widths()[c];
        }
        sheet.y -= height;
    }

    private static float total(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
