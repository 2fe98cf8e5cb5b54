package dk.broer.reporting.control;

import dk.broer.certification.control.ArchivalPdf;
import dk.broer.certification.control.CertificateFonts;
import dk.broer.certification.control.DocumentFonts;
import dk.broer.certification.control.DocumentFonts.Style;
import dk.broer.certification.control.Typesetter;
import dk.broer.certification.control.Typesetter.Block;
import dk.broer.certification.control.Typesetter.Fit;
import dk.broer.certification.control.Unprintable;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;
import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.ActivityLine;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import dk.broer.reporting.entity.ReachReport.Target;
import dk.broer.reporting.entity.Share;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * The reach report as a committee-ready PDF/A-2b document: A4 portrait, in the report's language, with the
 * targets first, then the totals, every table with both margins, the dialogue consultants, the activities and
 * the method. It prints the report's cells exactly as they are shown (suppression happened before): nothing here
 * adds, hides or recomputes a number.
 * <p>
 * The fonts and the text machinery are the certificates' (DejaVu Sans embedded as subsets, copied text as
 * ActualText). A text no font can print is refused, naming it, rather than printed with a missing glyph.
 * Wide tables get a smaller font, down to 7 pt; wider still, their period columns are split
 * over several table blocks. Long tables flow onto further pages with their header repeated.
 */
public final class ReachPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 50;
    private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    private static final float TOP = PAGE.getHeight() - 50;
    private static final float BOTTOM = 58;
    private static final float FOOTER_BASELINE = 32;

    private static final float[] INK = {0.10f, 0.10f, 0.11f};
    private static final float[] GREY = {0.36f, 0.37f, 0.39f};
    private static final float[] ACCENT = {0.05f, 0.36f, 0.38f};
    private static final float[] RULE = {0.62f, 0.63f, 0.65f};
    private static final float[] HEADER_FILL = {0.92f, 0.94f, 0.94f};
    /** Status colours are a second signal only: the status is always written out in words. */
    private static final float[] MET = {0.05f, 0.42f, 0.18f};
    private static final float[] NOT_MET = {0.66f, 0.13f, 0.10f};

    private static final float TEXT = 10;
    private static final float LEADING = 1.3f;
    private static final float[] TABLE_SIZES = {9, 8.5f, 8, 7.5f, 7};
    private static final float CELL_PAD = 3.5f;
    private static final float CELL_PAD_V = 2.6f;
    private static final float CELL_LEADING = 1.2f;
    /** A wrapping column (names) is never squeezed narrower than this, unless its text is. */
    private static final float NARROWEST_TEXT = 80;

    /** The JDK's own sRGB profile, which PDF/A validators accept; read once. */

    private ReachPdf() {
    }

    /** The whole report as one PDF; IllegalArgumentException naming a text that no font can print. */
    public static byte[] pdf(ReachReport report) {
        CertificateFonts fonts = CertificateFonts.bundled();
        Wording words = new Wording(report);
        words.texts().forEach(text -> refuseUnprintable(fonts, text));
        TrueTypeFont[] parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts, parsed);
            Sheet sheet = new Sheet(document, new Typesetter(documentFonts), fonts, words.language);
            new Layout(report, words, sheet).write();
            sheet.finishPages(words.footer());
            documentFonts.finish();
            describe(document, report, words);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ArchivalPdf.save(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.giveBack(parsed);
        }
    }

    static void refuseUnprintable(CertificateFonts fonts, String text) {
        Optional<Unprintable> problem = fonts.problemWith(text == null ? "" : text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Cannot print \"" + text + "\" in the reach report: "
                    + problem.get().describe());
        }
    }

    /** Every text of the report in its language: the report's own, and the sentences around them. */
    private static final class Wording {

        private final ReachReport report;
        final String language;
        final Locale locale;

        Wording(ReachReport report) {
            this.report = report;
            this.language = report.language() == null || !Messages.LANGUAGES.contains(report.language())
                    ? "da" : report.language();
            this.locale = Locale.forLanguageTag("da".equals(language) ? "da-DK" : "en-GB");
        }

        String title() {
            return Messages.text(language, "reach.pdf.title");
        }

        String month(String yearMonth) {
            try {
                String month = YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                return month.substring(0, 1).toUpperCase(locale) + month.substring(1);
            } catch (DateTimeParseException | NullPointerException e) {
                return String.valueOf(yearMonth);
            }
        }

        String periodKind() {
            return switch (String.valueOf(report.period())) {
                case "month" -> Messages.text(language, "reach.pdf.period.month");
                case "quarter" -> Messages.text(language, "reach.pdf.period.quarter");
                case "year" -> Messages.text(language, "reach.pdf.period.year");
                default -> String.valueOf(report.period());
            };
        }

        String period() {
            return Messages.text(language, "reach.pdf.period", month(report.from()), month(report.to()), periodKind());
        }

        String scope() {
            String scope = "all".equals(report.scope()) ? Messages.text(language, "reach.pdf.scope.all")
                    : String.valueOf(report.scope());
            return Messages.text(language, "reach.pdf.scope", scope);
        }

        String dimension(String code) {
            return switch (String.valueOf(code)) {
                case "district" -> Messages.text(language, "reach.pdf.by.district");
                case "organisation" -> Messages.text(language, "reach.pdf.by.organisation");
                case "sector" -> Messages.text(language, "reach.pdf.by.sector");
                case "audience" -> Messages.text(language, "reach.pdf.by.audience");
                case "cohort" -> Messages.text(language, "reach.pdf.by.cohort");
                case "track" -> Messages.text(language, "reach.pdf.by.track");
                default -> String.valueOf(code);
            };
        }

        String rows() {
            return Messages.text(language, "reach.pdf.rows", dimension(report.dimension()));
        }

        String made() {
            if (report.made() == null) {
                return "";
            }
            LocalDateTime local = Copenhagen.local(report.made());
            return Messages.text(language, "reach.pdf.made",
                    local.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                    local.toLocalTime().format(DateTimeFormatter.ofPattern("da".equals(language) ? "HH.mm" : "HH:mm")));
        }

        String footer() {
            return title() + " · " + month(report.from()) + " – " + month(report.to());
        }

        String share(Share share) {
            if (share == null || share.isHidden()) {
                return Messages.text(language, "reach.pdf.share.hidden", Integer.toString(report.threshold()));
            }
            if (share.low() == null || share.high() == null) {
                return share.percent() + " %";
            }
            return Messages.text(language, "reach.pdf.share", share.percent(), share.low(), share.high());
        }

        String status(String status) {
            return switch (String.valueOf(status)) {
                case "met" -> Messages.text(language, "reach.pdf.status.met");
                case "not-met" -> Messages.text(language, "reach.pdf.status.notMet");
                case "too-few" -> Messages.text(language, "reach.pdf.status.tooFew");
                default -> String.valueOf(status);
            };
        }

        String kind(String kind) {
            return switch (String.valueOf(kind)) {
                case "event" -> Messages.text(language, "reach.pdf.kind.event");
                case "campaign" -> Messages.text(language, "reach.pdf.kind.campaign");
                default -> kind == null ? "" : kind;
            };
        }

        String dates(LocalDate startsOn, LocalDate endsOn) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            if (startsOn == null) {
                return endsOn == null ? "" : endsOn.format(format);
            }
            return endsOn == null || endsOn.equals(startsOn) ? startsOn.format(format)
                    : startsOn.format(format) + " – " + endsOn.format(format);
        }

        String total() {
            return Messages.text(language, "reach.pdf.table.total");
        }

        String capitalised(String text) {
            return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
        }

        /** The texts that come from the data: checked before anything is drawn. */
        List<String> texts() {
            List<String> texts = new ArrayList<>(List.of(scope(), period(), rows(), made()));
            for (Table table : nonNull(report.tables())) {
                texts.add(String.valueOf(table.title()));
                texts.add(dimension(table.dimension()));
                texts.addAll(nonNull(table.columns()));
                for (Row row : nonNull(table.rows())) {
                    texts.add(String.valueOf(row.label()));
                }
            }
            for (Target target : nonNull(report.targets())) {
                texts.add(String.valueOf(target.title()));
                texts.add(String.valueOf(target.item()));
            }
            for (ActivityLine activity : nonNull(report.activities())) {
                texts.add(String.valueOf(activity.title()));
                texts.add(kind(activity.kind()));
                texts.add(activity.district() == null ? "" : activity.district());
            }
            return texts;
        }
    }

    /** The document's pages and the cursor going down them. */
    private static final class Sheet {

        private final PDDocument document;
        private final Typesetter type;
        private final CertificateFonts fonts;
        private final String language;
        private final Set<String> checked = new HashSet<>();
        private final Map<Style, Map<String, Float>> widths = new HashMap<>();
        private PDPageContentStream content;
        float y;

        Sheet(PDDocument document, Typesetter type, CertificateFonts fonts, String language) {
            this.document = document;
            this.type = type;
            this.fonts = fonts;
            this.language = language;
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        /** Starts a new page unless this much height is left on this one. */
        boolean need(float height) throws IOException {
            if (content == null || y - height < BOTTOM) {
                newPage();
                return true;
            }
            return false;
        }

        Block fit(String text, Fit fit, float width) {
            String printable = text == null ? "" : text;
            if (checked.add(printable)) {
                refuseUnprintable(fonts, printable);
            }
            return type.fit(printable, fit, width);
        }

        /** The width of the text on one line at this size. */
        float width(String text, Style style, float size) {
            Float unit = widths.computeIfAbsent(style, s -> new HashMap<>()).get(text);
            if (unit == null) {
                Block block = fit(text, new Fit(style, 1, 1, 1, 1), Float.MAX_VALUE);
                unit = block.lines().isEmpty() ? 0f : block.lines().get(0).width();
                widths.get(style).put(text, unit);
            }
            return unit * size;
        }

        /** Draws a block with its top at the cursor's height, and moves the cursor below it. */
        void paragraph(String text, Fit fit, float[] colour, float spaceAfter) throws IOException {
            Block block = fit(text, fit, WIDTH);
            float height = block.height(fit.leading());
            need(height);
            colour(colour);
            type.left(content, block, LEFT, y - block.size() * 0.8f, fit.leading());
            y -= height + block.size() * 0.3f + spaceAfter;
        }

        void heading(String text, float keepWithNext) throws IOException {
            Fit fit = new Fit(Style.BOLD, 13, 13, 10, 3);
            Block block = fit(text, fit, WIDTH);
            float space = content != null && y < TOP ? 8 : 0;
            if (!need(space + block.height(fit.leading()) + keepWithNext)) {
                y -= space;
            }
            paragraph(text, fit, ACCENT, 5);
        }

        void drawLeft(Block block, float x, float baseline, float leading) throws IOException {
            type.left(content, block, x, baseline, leading);
        }

        void rule(float x, float to, float atY, float width, float[] rgb) throws IOException {
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth(width);
            content.moveTo(x, atY);
            content.lineTo(to, atY);
            content.stroke();
        }

        void fill(float x, float top, float width, float height, float[] rgb) throws IOException {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.addRect(x, top - height, width, height);
            content.fill();
        }

        void colour(float[] rgb) throws IOException {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        /** Closes the last page and writes the footer (title, period, page x of n) on every page. */
        void finishPages(String footer) throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
            int pages = document.getNumberOfPages();
            Fit small = new Fit(Style.REGULAR, 8, 8, 6, 1);
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footerStream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDPageContentStream body = content;
                    content = footerStream;
                    rule(LEFT, LEFT + WIDTH, FOOTER_BASELINE + 12, 0.4f, RULE);
                    colour(GREY);
                    String number = Messages.text(language, "reach.pdf.page", i + 1, pages);
                    Block numberBlock = fit(number, small, WIDTH / 3);
                    float numberWidth = numberBlock.lines().get(0).width();
                    type.left(footerStream, fit(footer, small, WIDTH - numberWidth - 12), LEFT, FOOTER_BASELINE, 1.2f);
                    type.left(footerStream, numberBlock, LEFT + WIDTH - numberWidth, FOOTER_BASELINE, 1.2f);
                    content = body;
                }
            }
        }
    }

    /** A table column: numbers are right-aligned and never wrapped; names wrap onto more lines. */
    private record Column(String header, boolean numeric, boolean wraps) {

        static Column name(String header) {
            return new Column(header, false, true);
        }

        static Column number(String header) {
            return new Column(header, true, false);
        }

        static Column fixed(String header) {
            return new Column(header, false, false);
        }
    }

    /** A table laid out: its columns' widths at one font size. */
    private record Grid(List<Column> columns, float[] widths, float size) {
    }

    /** Writes the report's sections in order, down the pages. */
    private static final class Layout {

        private final ReachReport report;
        private final Wording words;
        private final Sheet sheet;
        private final String language;

        Layout(ReachReport report, Wording words, Sheet sheet) {
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
            List<Column> columns = List.of(Column.name(Messages.text(language, "reach.pdf.totals.figure")),
                    Column.number(Messages.text(language, "reach.pdf.totals.number")));
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
                List<Grid> grids = new ArrayList<>();
                List<List<List<String>>> bodies = new ArrayList<>();
                List<List<List<String>>> feet = new ArrayList<>();
                for (int c = 0; c < chunks.size(); c++) {
                    boolean last = c == chunks.size() - 1;
                    List<Integer> chunk = chunks.get(c);
                    List<Column> columns = new ArrayList<>();
                    columns.add(Column.name(rowHeader));
                    chunk.forEach(i -> columns.add(Column.number(periods.get(i))));
                    if (last) {
                        columns.add(Column.number(total));
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
                    Grid grid = layout(columns, body, List.of(foot));
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
            List<Column> columns = List.of(Column.name(Messages.text(language, "reach.pdf.consultants.status")),
                    Column.number(Messages.text(language, "reach.pdf.totals.number")));
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
            List<Column> columns = List.of(
                    Column.name(Messages.text(language, "reach.pdf.activity.title")),
                    Column.fixed(Messages.text(language, "reach.pdf.activity.kind")),
                    Column.fixed(Messages.text(language, "reach.pdf.activity.dates")),
                    Column.name(Messages.text(language, "reach.pdf.activity.district")),
                    Column.number(Messages.text(language, "reach.pdf.activity.participants")),
                    Column.number(Messages.text(language, "reach.pdf.activity.answers")));
            List<List<String>> rows = activities.stream().map(a -> List.of(String.valueOf(a.title()),
                    words.kind(a.kind()), words.dates(a.startsOn(), a.endsOn()),
                    a.district() == null ? "" : a.district(), shown(a.participants()), shown(a.answers()))).toList();
            Grid grid = layout(columns, rows, List.of());
            if (grid == null) {
                // Very long kinds or dates: let every text column wrap rather than give up.
                grid = layout(columns.stream().map(c -> c.numeric() ? c : Column.name(c.header())).toList(), rows,
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
        private Grid layout(List<Column> columns, List<List<String>> body, List<List<String>> foot) {
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
                    return new Grid(columns, widths, size);
                }
            }
            return null;
        }

        /**
         * Numbers and fixed columns get their natural width; wrapping columns share what is left, in proportion to
         * their natural widths and none narrower than {@link #NARROWEST_TEXT} unless its text is.
         */
        private static float[] share(List<Column> columns, float[] natural, float available) {
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
        private void grid(String title, Grid grid, List<List<String>> body, List<List<String>> foot)
                throws IOException {
            if (grid == null) {
                throw new IllegalArgumentException("The table \"" + title + "\" is too wide to print");
            }
            List<String> headers = grid.columns().stream().map(Column::header).toList();
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

        private void header(Grid grid, List<String> headers, float height) throws IOException {
            sheet.fill(LEFT, sheet.y, total(grid.widths()), height, HEADER_FILL);
            row(grid, headers, Style.BOLD, height, INK);
            sheet.rule(LEFT, LEFT + total(grid.widths()), sheet.y, 0.9f, INK);
        }

        private float rowHeight(Grid grid, List<String> cells, Style style) {
            float tallest = grid.size();
            for (int c = 0; c < cells.size(); c++) {
                tallest = Math.max(tallest, cell(grid, c, cells.get(c), style).height(CELL_LEADING));
            }
            return tallest + 2 * CELL_PAD_V + grid.size() * 0.2f;
        }

        private Block cell(Grid grid, int c, String text, Style style) {
            Column column = grid.columns().get(c);
            float size = grid.size();
            Fit fit = column.wraps() ? new Fit(style, size, size, size, 40, CELL_LEADING, Float.MAX_VALUE)
                    : new Fit(style, size, size, size, 1);
            return sheet.fit(text, fit, grid.widths()[c] - 2 * CELL_PAD);
        }

        private void row(Grid grid, List<String> cells, Style style, float height, float[] colour)
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

    /** Splits n columns into this many runs of nearly equal length, in order. */
    static List<List<Integer>> chunks(int columns, int parts) {
        List<List<Integer>> chunks = new ArrayList<>();
        int start = 0;
        for (int p = 0; p < parts; p++) {
            int end = start + (columns - start) / (parts - p);
            List<Integer> chunk = new ArrayList<>();
            for (int i = start; i < end; i++) {
                chunk.add(i);
            }
            chunks.add(chunk);
            start = end;
        }
        return chunks;
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

    private static void describe(PDDocument document, ReachReport report, Wording words) throws IOException {
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone(Copenhagen.ZONE));
        if (report.made() != null) {
            made.setTimeInMillis(report.made().toEpochMilli());
        }
        ArchivalPdf.describe(document, words.footer(), words.language, made);
    }
}
