package dk.broer.platform.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every CSV file Broer writes: UTF-8 with a byte-order mark (so Excel reads Æ, ø and ş right),
 * semicolons as Danish Excel expects (or commas), CRLF, quoted where needed by Commons CSV. No cell
 * may start a spreadsheet formula: one starting with =, +, -, @, a tab or a carriage return gets an
 * apostrophe in front (OWASP's advice against CSV injection), so "=HYPERLINK(...)" is shown, never run.
 */
public final class Spreadsheet {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Spreadsheet() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** comma=true for commas (English Excel), else semicolons. */
    public static byte[] csv(List<List<String>> rows, boolean comma) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(comma ? ',' : ';').setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheet::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
