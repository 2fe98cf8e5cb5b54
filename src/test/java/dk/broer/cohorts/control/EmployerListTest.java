package dk.broer.cohorts.control;

import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmployerListTest {

    private static EmployerList.Parsed read(String text) {
        return EmployerList.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(EmployerList.Parsed parsed) {
        return parsed.fileProblem().map(FieldError::key).orElse("none");
    }

    private static List<String> names(EmployerList.Parsed parsed) {
        return parsed.rows().stream().map(EmployerList.Row::name).toList();
    }

    @Test
    void danishExcelWithSemicolonsBomAndCrlf() {
        EmployerList.Parsed parsed = read("\uFEFFNavn;Telefon;Medarbejdernummer\r\nAyşe Yılmaz;20 30 40 50;FJ-101\r\n"
                + "\"Nguyễn; Thị Lan\";;FJ-102\r\n");
        assertEquals("none", problem(parsed));
        assertEquals(';', parsed.delimiter());
        assertEquals(List.of("Ayşe Yılmaz", "Nguyễn; Thị Lan"), names(parsed));
        assertEquals("20 30 40 50", parsed.rows().get(0).phone());
        assertEquals("FJ-102", parsed.rows().get(1).employeeNumber());
        assertEquals(List.of(2, 3), parsed.rows().stream().map(EmployerList.Row::line).toList(), "lines as in the file");
    }

    @Test
    void englishHeadersCommasLfAndQuotedQuotes() {
        EmployerList.Parsed parsed = read("Employee number,Full name,Mobile\nE1,\"O'Brien, \"\"Paddy\"\"\",+45 1234 5678\n\nE2,Mai,\n");
        assertEquals(',', parsed.delimiter());
        assertEquals(List.of("O'Brien, \"Paddy\"", "Mai"), names(parsed));
        assertEquals("E1", parsed.rows().get(0).employeeNumber());
        assertEquals(2, parsed.rows().size(), "blank lines are skipped");
    }

    @Test
    void firstAndLastNameColumnsMakeOneNameAndOtherColumnsAreNamedAsIgnored() {
        EmployerList.Parsed parsed = read("Fornavn;Efternavn;Afdeling\nMikkel;Sørensen;Valby\n");
        assertEquals(List.of("Mikkel Sørensen"), names(parsed));
        assertEquals(List.of("Afdeling"), parsed.ignoredColumns());
    }

    @Test
    void formulaLookingNamesAreKeptAsWritten() {
        EmployerList.Parsed parsed = read("Navn\n=HYPERLINK(\"http://x\";\"klik\")\n+cmd\n@SUM(A1)\n");
        assertEquals(List.of("=HYPERLINK(\"http://x\";\"klik\")", "+cmd", "@SUM(A1)"), names(parsed));
    }

    @Test
    void extraColumnsAndOverlongValuesAreProblemsOfTheRow() {
        EmployerList.Parsed parsed = read("Navn;Telefon\nOle;20304050;ekstra\nKim;" + "1".repeat(600) + "\n");
        assertEquals("import.row.extraColumns", parsed.rows().get(0).problems().get(0).key());
        assertEquals("import.row.fieldTooLong", parsed.rows().get(1).problems().get(0).key());
    }

    @Test
    void whatIsNoUsableListIsSaidOfTheFile() {
        assertEquals("import.file.empty", problem(EmployerList.read(new byte[0])));
        assertEquals("import.file.empty", problem(read("\uFEFF \r\n")));
        assertEquals("import.file.headerOnly", problem(read("Navn;Telefon\r\n")));
        assertEquals("import.file.noNameColumn", problem(read("Telefon;Afdeling\n20304050;Valby\n")));
        assertEquals("import.file.workbook", problem(EmployerList.read(new byte[] {'P', 'K', 3, 4, 20, 0})));
        assertEquals("import.file.notText", problem(EmployerList.read(new byte[] {'N', 'a', 0, 'v', 'n'})));
        assertEquals("import.file.encoding", problem(EmployerList.read("Navn\nSøren Ødegård\n".getBytes(Charset.forName("windows-1252")))));
        assertEquals("import.file.encoding", problem(EmployerList.read("Navn\nOle\n".getBytes(StandardCharsets.UTF_16))));
        assertEquals("import.file.unreadable", problem(read("Navn\n\"Ole\n")));
        String many = "Navn\n" + java.util.stream.IntStream.range(0, EmployerList.MAX_ROWS + 1).mapToObj(i -> "P" + i)
                .collect(Collectors.joining("\n"));
        assertEquals("import.file.tooManyRows", problem(read(many)));
        assertTrue(read("Navn\n" + java.util.stream.IntStream.range(0, EmployerList.MAX_ROWS).mapToObj(i -> "P" + i)
                .collect(Collectors.joining("\n"))).fileProblem().isEmpty(), "exactly the limit is fine");
    }

    @Test
    void headersAreRecognisedRegardlessOfCaseSpacesAndPunctuation() {
        assertEquals(EmployerList.Column.EMPLOYEE_NUMBER, EmployerList.column(" Medarbejder-nr. "));
        assertEquals(EmployerList.Column.EMPLOYEE_NUMBER, EmployerList.column("Lønnummer"));
        assertEquals(EmployerList.Column.PHONE, EmployerList.column("TLF"));
        assertEquals(EmployerList.Column.NAME, EmployerList.column("Full Name"));
        assertEquals(EmployerList.Column.OTHER, EmployerList.column("CPR"));
    }
}
