package dk.broer.reporting.control;

import dk.broer.certification.PdfChecks;
import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.ActivityLine;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import dk.broer.reporting.entity.ReachReport.Target;
import dk.broer.reporting.entity.Share;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachPdfTest {

    static final String DANISH_NAME = "Brønshøj-Husum Lokaludvalg";
    static final String FORMULA_NAME = "=HYPERLINK(\"x\")";
    static final int ROWS = 40;
    static final List<String> NAMES = List.of(DANISH_NAME, "Şahin & Søn ApS", FORMULA_NAME, "Café Ørsted");

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void theTextHoldsTheTitlePeriodTargetsEveryCellAndTheMethod(String language) {
        ReachReport report = sample(language);
        String text = PdfChecks.text(ReachPdf.pdf(report));
        String flat = flat(text);
        boolean da = language.equals("da");

        assertContains(flat, da ? "Rækkevidde og mål" : "Reach and targets");
        assertContains(flat, da ? "Periode: Januar 2026 – December 2026, pr. måned"
                : "Period: January 2026 – December 2026, by month");
        assertContains(flat, da ? "Omfang: alle hold, organisationer og aktiviteter"
                : "Scope: all cohorts, organisations and activities");
        assertContains(flat, da ? "Udarbejdet 2. december 2026 kl. 10.30" : "Made 2 December 2026 at 10:30");

        assertContains(flat, da ? "Andel, der er enige: 83 % (95 %-interval 75,2–88,5 %)"
                : "Share who agree: 83 % (95 % interval 75.2–88.5 %)");
        assertContains(flat, da ? "Status: målet er nået" : "Status: target met");
        assertContains(flat, da ? "Andel, der er enige: 69 % (95 %-interval 53,0–82,0 %)"
                : "Share who agree: 69 % (95 % interval 53.0–82.0 %)");
        assertContains(flat, da ? "Status: målet er ikke nået" : "Status: target not met");
        assertContains(flat, da ? "Andel, der er enige: vises ikke (færre end 5)"
                : "Share who agree: not shown (fewer than 5)");
        assertContains(flat, da ? "Status: for få svar til at vurdere" : "Status: too few answers to judge");
        assertContains(flat, da ? "Svar (n): 120; enige: 99" : "Answers (n): 120; agreeing: 99");
        assertTrue(flat.indexOf(da ? "Mål: mindst 80 % er enige" : "Target: at least 80 % agree")
                < flat.indexOf(da ? "Personer nået" : "People reached"), "the targets come first");

        for (Table table : report.tables()) {
            assertEveryCellPrinted(text, table, da ? "I alt" : "Total");
        }
        assertTrue(text.contains("<5") && text.contains("–"), "hidden cells are printed as they are shown");
        assertContains(flat, DANISH_NAME);
        assertContains(flat, "Şahin & Søn ApS");

        assertContains(flat, da ? "Udløber inden for 90 dage <5" : "Expiring within 90 days <5");
        assertContains(flat, "Internationale Dage – Taste the World");

        assertContains(flat, da
                ? "Antal under 5 vises som <5; der gives ingen procent for en gruppe under 5; en celle markeret med – er"
                + " skjult, så et lille antal ikke kan regnes ud fra summerne for rækken eller kolonnen (efter hvert"
                + " lille antal skjules også den næstmindste celle i samme række og kolonne, indtil ingen række eller"
                + " kolonne har præcis én skjult celle)."
                : "Counts under 5 are shown as <5; no percentage is given for a group under 5; a cell marked – is hidden"
                + " so that a small count cannot be worked out from the totals of its row or column (after each small"
                + " count, the next-smallest cell of the same row and column is hidden too, until no row or column has"
                + " exactly one hidden cell).");
        assertContains(flat, da
                ? "Personer nået tælles én gang, ved deres første tilmelding; personer uddannet én gang, ved deres første"
                + " gennemførte forløb, så de kan lægges sammen på tværs af rækkerne."
                : "People reached are counted once, at their first enrolment; people trained once, at their first"
                + " completion, so they add up across rows.");
        assertContains(flat, da
                ? "Andelen er dem, der svarede 4 eller 5 på skalaen 1–5, med et 95 %-Wilson-scoreinterval; et mål er"
                + " nået, når andelen når det, og for få svar vises, når n er under 5."
                : "The share is the proportion who answered 4 or 5 on the 1–5 scale, with a 95 % Wilson score interval;"
                + " a target is met when the share reaches it, and too few answers are shown when n is under 5.");
    }

    @Test
    void fontsAreEmbeddedAndTheDocumentIsPdfA2b() {
        byte[] pdf = ReachPdf.pdf(sample("da"));
        assertEquals(List.of(), PdfChecks.fontsNotEmbedded(pdf));
        assertEquals(List.of(), PdfChecks.pdfaProblems(pdf));
    }

    @Test
    void fortyRowsFlowOntoFurtherPagesWithTheHeaderRepeated() {
        byte[] pdf = ReachPdf.pdf(sample("en"));
        assertTrue(PdfChecks.pages(pdf) > 1, "pages: " + PdfChecks.pages(pdf));
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains(" (continued)"), PdfChecks.lines(text));
        long headers = text.lines().filter(l -> l.startsWith("Organisation 2026-01 ")).count();
        assertTrue(headers >= 2, "the header is repeated on the next page: " + headers);
        assertTrue(text.contains("Page 1 of " + PdfChecks.pages(pdf)), "pages are numbered");
    }

    @Test
    void aWideTableShrinksOrSplitsButNoTextLeavesThePage() throws IOException {
        // Twelve months of six-digit counts: more than fits on one A4 width at a readable size.
        ReachReport wide = withTables(sample("en"), List.of(table("reached", "People reached", ROWS, 12, 10_000,
                List.of("Østerbro", "Bispebjerg", "Amager Vest"))));
        byte[] pdf = ReachPdf.pdf(wide);
        assertEveryCellPrinted(PdfChecks.text(pdf), wide.tables().get(0), "Total");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        PDPage page = getCurrentPage();
                        if (p.getXDirAdj() < 36 || p.getXDirAdj() + p.getWidthDirAdj()
                                > page.getMediaBox().getWidth() - 36) {
                            outside.add(string);
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            stripper.getText(document);
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void aNameNoFontCanPrintIsRefusedByName() {
        ReachReport report = sample("da");
        Table table = report.tables().get(1);
        List<Row> rows = new ArrayList<>(table.rows());
        rows.set(0, new Row("x", "北京 Forening", rows.get(0).cells(), rows.get(0).total()));
        ReachReport bad = withTables(report, List.of(new Table(table.measure(), table.title(), table.dimension(),
                table.columns(), rows, table.columnTotals(), table.total())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReachPdf.pdf(bad));
        assertTrue(e.getMessage().contains("北京 Forening"), e.getMessage());
    }

    @Test
    void columnsSplitIntoNearlyEqualRunsInOrder() {
        assertEquals(List.of(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10, 11)), ReachPdf.chunks(12, 2));
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5, 6)), ReachPdf.chunks(7, 2));
    }

    /**
     * Every row's cells and total, in order, on the lines that begin with its label (several lines when the
     * columns were split over blocks); the column totals likewise on the lines beginning with the total's word.
     */
    static void assertEveryCellPrinted(String text, Table table, String totalWord) {
        List<String> lines = text.lines().map(String::strip).toList();
        for (Row row : table.rows()) {
            List<String> expected = new ArrayList<>(row.cells().stream().map(Cell::shown).toList());
            expected.add(row.total().shown());
            assertEquals(expected, cellsAfter(lines, row.label()), () -> "row " + row.label());
        }
        List<String> totals = new ArrayList<>(table.columnTotals().stream().map(Cell::shown).toList());
        totals.add(table.total().shown());
        List<String> printed = cellsAfter(lines, totalWord);
        assertTrue(Collections.indexOfSubList(printed, totals) >= 0, () -> "column totals " + totals + " in " + printed);
    }

    private static List<String> cellsAfter(List<String> lines, String label) {
        List<String> cells = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(label + " ")) {
                String rest = line.substring(label.length()).strip();
                if (rest.chars().anyMatch(Character::isLetter)) {
                    continue;
                }
                cells.addAll(List.of(rest.split(" +")));
            }
        }
        return cells;
    }

    private static void assertContains(String flat, String expected) {
        assertTrue(flat.contains(expected), () -> "\"" + expected + "\" not in:\n" + flat);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** A report by organisation over twelve months: 40 organisations in the big table, hidden cells in both kinds. */
    static ReachReport sample(String language) {
        boolean da = language.equals("da");
        List<Target> targets = List.of(
                new Target("community", da ? "Fællesskab" : "Community",
                        da ? "Jeg føler mig bedre rustet til at gribe ind over for diskrimination."
                                : "I feel better prepared to act against discrimination.",
                        80, Cell.of(120), Cell.of(99), new Share(83, 75.2, 88.5), "met"),
                new Target("consultancy", da ? "Rådgivning" : "Consultancy",
                        da ? "Rådgivningen hjalp vores organisation videre." : "The advice helped our organisation on.",
                        75, Cell.of(36), Cell.of(25), new Share(69, 53.0, 82.0), "not-met"),
                new Target("pilot", "Pilot", da ? "Pilotens udsagn." : "The pilot's statement.", 80,
                        Cell.small(5), Cell.small(5), Share.HIDDEN, "too-few"));
        List<Table> tables = List.of(
                table("reached", da ? "Personer nået" : "People reached", ROWS, 12, 1, NAMES),
                table("certificates", da ? "Beviser" : "Certificates", 4, 12, 1,
                        List.of("Amager Øst", "Valby", "Vanløse", "Bispebjerg")));
        List<ActivityLine> activities = List.of(
                new ActivityLine("Internationale Dage – Taste the World", "event", LocalDate.of(2026, 3, 14),
                        LocalDate.of(2026, 3, 15), "Nørrebro", Cell.of(850), Cell.of(64)),
                new ActivityLine("Nattelivskampagnen", "campaign", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30),
                        null, Cell.complementary(), Cell.small(5)));
        return new ReachReport(language, "2026-01", "2026-12", "month", "organisation", "all", 5,
                new ReachReport.Totals(Cell.of(412), Cell.of(230), Cell.of(530), Cell.of(301), Cell.of(198),
                        new Share(57, 52.5, 61.3)),
                tables, targets, new ReachReport.Consultants(Cell.of(14), Cell.small(5), Cell.of(6)), activities,
                Instant.parse("2026-12-02T09:30:00Z"));
    }

    static ReachReport withTables(ReachReport r, List<Table> tables) {
        return new ReachReport(r.language(), r.from(), r.to(), r.period(), r.dimension(), r.scope(), r.threshold(),
                r.totals(), tables, r.targets(), r.consultants(), r.activities(), r.made());
    }

    /**
     * A table whose cells are made up but printed as given: some "<5", some "–", the rest numbers (times scale).
     * The first rows carry a Danish name, another Latin-script name and a formula-like name.
     */
    static Table table(String measure, String title, int rows, int months, int scale, List<String> names) {
        List<String> columns = IntStream.rangeClosed(1, months).mapToObj(m -> String.format("2026-%02d", m)).toList();
        List<Row> body = new ArrayList<>();
        int grand = 0;
        int[] columnSums = new int[months];
        for (int r = 0; r < rows; r++) {
            String label = r < names.size() ? names.get(r) : String.format("Organisation %02d", r + 1);
            List<Cell> cells = new ArrayList<>();
            int sum = 0;
            for (int m = 0; m < months; m++) {
                int value = (r * 7 + m * 3) % 23;
                columnSums[m] += value;
                sum += value;
                cells.add(value > 0 && value < 5 ? Cell.small(5) : value == 5 || value == 0 ? Cell.complementary()
                        : Cell.of(value * scale));
            }
            grand += sum;
            body.add(new Row("o" + r, label, cells, Cell.of(sum * scale)));
        }
        List<Cell> columnTotals = IntStream.range(0, months).mapToObj(m -> Cell.of(columnSums[m] * scale))
                .collect(Collectors.toList());
        return new Table(measure, title, "organisation", columns, body, columnTotals, Cell.of(grand * scale));
    }
}
