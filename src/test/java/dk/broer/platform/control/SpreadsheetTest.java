package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetTest {

    @Test
    void noCellStartsAFormula() {
        for (String formula : List.of("=SUM(A1)", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, Spreadsheet.neutralise(formula));
        }
        assertEquals("Ayşe", Spreadsheet.neutralise("Ayşe"));
        assertEquals("a=b", Spreadsheet.neutralise("a=b"), "only the first character matters");
        assertEquals("", Spreadsheet.neutralise(null));
    }

    @Test
    void utf8WithBomSemicolonsCrlfAndQuotesWhereNeeded() {
        byte[] csv = Spreadsheet.csv(List.of(List.of("Navn", "Status"), List.of("Ødegård; Jógvan", "=1+1")), false);
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("Navn;Status\r\n\"Ødegård; Jógvan\";'=1+1\r\n", text);
        assertTrue(new String(Spreadsheet.csv(List.of(List.of("a", "b")), true), StandardCharsets.UTF_8).endsWith("a,b\r\n"));
    }
}
