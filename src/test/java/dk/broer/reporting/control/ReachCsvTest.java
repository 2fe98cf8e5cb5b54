package dk.broer.reporting.control;

import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachCsvTest {

    private static final String DANISH_RULE = "Antal under 5 vises som <5; der gives ingen procent for en gruppe under 5; en"
            + " celle markeret med – er skjult, så et lille antal ikke kan regnes ud fra summerne for rækken eller"
            + " kolonnen (efter hvert lille antal skjules også den næstmindste celle i samme række og kolonne, indtil"
            + " ingen række eller kolonne har præcis én skjult celle).";

    @Test
    void startsWithAByteOrderMarkThenThePeriodAndScope() {
        byte[] csv = ReachCsv.csv(ReachPdfTest.sample("da"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<List<String>> top = blocks(csv, ';').get(0);
        assertEquals(List.of(List.of("Rækkevidde og mål"), List.of("Periode", "2026-01", "2026-12", "pr. måned"),
                List.of("Omfang", "alle hold, organisationer og aktiviteter"),
                List.of("Tabellerne er opdelt på", "Organisation"), List.of("Udarbejdet", "2026-12-02 10:30")), top);
    }

    @Test
    void aFormulaInANameIsShownNeverRun() {
        String text = text(ReachCsv.csv(ReachPdfTest.sample("da")));
        assertTrue(text.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\";"), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("=") || l.startsWith("\"=")), "no cell starts a formula");
    }

    @Test
    void aBlockPerSectionEachWithItsHeaderAndTheRuleLast() {
        ReachReport report = ReachPdfTest.sample("da");
        List<List<List<String>>> blocks = blocks(ReachCsv.csv(report), ';');
        assertEquals(List.of("Rækkevidde og mål", "Mål", "I alt", "Personer nået", "Beviser", "Dialogkonsulenter nu",
                "Aktiviteter", DANISH_RULE), blocks.stream().map(b -> b.get(0).get(0)).toList());

        List<List<String>> targets = blocks.get(1);
        assertEquals(List.of("Mål", "Udsagn", "Mål (%)", "Svar (n)", "Enige", "Andel (%)", "95 %-interval fra (%)",
                "95 %-interval til (%)", "Status"), targets.get(1));
        assertEquals(List.of("Fællesskab", "Jeg føler mig bedre rustet til at gribe ind over for diskrimination.", "80",
                "120", "99", "83", "75,2", "88,5", "målet er nået"), targets.get(2));
        assertEquals(List.of("Pilot", "Pilotens udsagn.", "80", "<5", "<5", "", "", "", "for få svar"), targets.get(4));

        List<List<String>> totals = blocks.get(2);
        assertEquals(List.of("Personer nået", "412"), totals.get(2));
        assertEquals(List.of("Andel gennemført (%)", "57", "52,5", "61,3"), totals.get(7));

        for (int t = 0; t < report.tables().size(); t++) {
            assertTable(report.tables().get(t), blocks.get(3 + t), "Organisation", "I alt");
        }

        assertEquals(List.of(List.of("Dialogkonsulenter nu"), List.of("Aktive", "Udløber inden for 90 dage", "Udløbet"),
                List.of("14", "<5", "6")), blocks.get(5));
        List<List<String>> activities = blocks.get(6);
        assertEquals(List.of("Aktivitet", "Type", "Første dag", "Sidste dag", "Bydel", "Deltagere", "Svar"),
                activities.get(1));
        assertEquals(List.of("Internationale Dage – Taste the World", "arrangement", "2026-03-14", "2026-03-15",
                "Nørrebro", "850", "64"), activities.get(2));
        assertEquals(List.of("Nattelivskampagnen", "kampagne", "2026-05-01", "2026-06-30", "", "–", "<5"),
                activities.get(3));

        assertEquals(List.of(List.of(DANISH_RULE)), blocks.get(blocks.size() - 1), "the rule is the last line");
    }

    @Test
    void englishUsesCommasAndDecimalPoints() {
        List<List<List<String>>> blocks = blocks(ReachCsv.csv(ReachPdfTest.sample("en")), ',');
        assertEquals(List.of("Period", "2026-01", "2026-12", "by month"), blocks.get(0).get(1));
        assertEquals(List.of("Community", "I feel better prepared to act against discrimination.", "80", "120", "99",
                "83", "75.2", "88.5", "target met"), blocks.get(1).get(2));
        assertEquals("People reached", blocks.get(3).get(0).get(0));
        assertTable(ReachPdfTest.sample("en").tables().get(0), blocks.get(3), "Organisation", "Total");
        assertTrue(blocks.get(blocks.size() - 1).get(0).get(0).startsWith("Counts under 5 are shown as <5;"));
    }

    /** Title, header (dimension, periods, total), every row's shown cells with its total, and the column totals. */
    private static void assertTable(Table table, List<List<String>> block, String dimension, String total) {
        assertEquals(List.of(table.title()), block.get(0));
        List<String> header = new ArrayList<>(List.of(dimension));
        header.addAll(table.columns());
        header.add(total);
        assertEquals(header, block.get(1));
        assertEquals(2 + table.rows().size() + 1, block.size());
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            List<String> expected = new ArrayList<>(List.of(row.label()));
            row.cells().stream().map(Cell::shown).forEach(expected::add);
            expected.add(row.total().shown());
            assertEquals(expected, block.get(2 + r));
        }
        List<String> foot = new ArrayList<>(List.of(total));
        table.columnTotals().stream().map(Cell::shown).forEach(foot::add);
        foot.add(table.total().shown());
        assertEquals(foot, block.get(block.size() - 1));
        assertTrue(block.stream().flatMap(List::stream).anyMatch("<5"::equals));
        assertTrue(block.stream().flatMap(List::stream).anyMatch("–"::equals));
    }

    /** The file cut at its blank lines, each block parsed as CSV, a formula-neutralising apostrophe taken off. */
    private static List<List<List<String>>> blocks(byte[] csv, char delimiter) {
        String text = text(csv);
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        List<List<List<String>>> blocks = new ArrayList<>();
        for (String block : text.split("\r\n\r\n")) {
            try {
                List<List<String>> records = new ArrayList<>();
                for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                        .parse(new StringReader(block))) {
                    records.add(record.toList().stream().map(c -> c.startsWith("'=") ? c.substring(1) : c).toList());
                }
                blocks.add(records);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return blocks;
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
