package dk.broer.cohorts.control;

import dk.broer.platform.control.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An employer's list of staff as a CSV file, read with Apache Commons CSV: UTF-8 with or without
 * a byte-order mark, comma or semicolon (Danish Excel), CRLF or LF, quoted fields. Columns are
 * recognised by their header in Danish or English; a first and a last name column make one name.
 * What can't be read at all (not text, another encoding, no name column, nothing but a header) is
 * a problem with the file; everything else is a row with its own problems.
 */
public final class EmployerList {

    public static final int MAX_ROWS = 2000;
    public static final int MAX_FIELD = 500;

    /** Header words, lower case without spaces or punctuation, and the column each names. */
    static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("navn", Column.NAME), Map.entry("name", Column.NAME), Map.entry("fuldtnavn", Column.NAME),
            Map.entry("fuldenavn", Column.NAME), Map.entry("fullname", Column.NAME), Map.entry("deltager", Column.NAME),
            Map.entry("medarbejder", Column.NAME), Map.entry("medarbejdernavn", Column.NAME),
            Map.entry("fornavn", Column.FIRST_NAME), Map.entry("firstname", Column.FIRST_NAME),
            Map.entry("givenname", Column.FIRST_NAME), Map.entry("efternavn", Column.LAST_NAME),
            Map.entry("lastname", Column.LAST_NAME), Map.entry("surname", Column.LAST_NAME),
            Map.entry("familyname", Column.LAST_NAME),
            Map.entry("telefon", Column.PHONE), Map.entry("telefonnummer", Column.PHONE), Map.entry("tlf", Column.PHONE),
            Map.entry("tlfnr", Column.PHONE), Map.entry("mobil", Column.PHONE), Map.entry("mobilnummer", Column.PHONE),
            Map.entry("phone", Column.PHONE), Map.entry("phonenumber", Column.PHONE), Map.entry("mobile", Column.PHONE),
            Map.entry("medarbejdernummer", Column.EMPLOYEE_NUMBER), Map.entry("medarbejdernr", Column.EMPLOYEE_NUMBER),
            Map.entry("lønnummer", Column.EMPLOYEE_NUMBER), Map.entry("lønnr", Column.EMPLOYEE_NUMBER),
            Map.entry("personalenummer", Column.EMPLOYEE_NUMBER), Map.entry("employeenumber", Column.EMPLOYEE_NUMBER),
            Map.entry("employeeno", Column.EMPLOYEE_NUMBER), Map.entry("employeeid", Column.EMPLOYEE_NUMBER),
            Map.entry("staffnumber", Column.EMPLOYEE_NUMBER));

    enum Column { NAME, FIRST_NAME, LAST_NAME, PHONE, EMPLOYEE_NUMBER, OTHER }

    /** One line of the list as read: its line number in the file, the values, and every raw field (for the CPR check). */
    public record Row(int line, String name, String phone, String employeeNumber, List<String> fields,
                      List<FieldError> problems) {
    }

    /** The list: its rows, the headers it ignored, or why the file as a whole can't be used. */
    public record Parsed(List<Row> rows, List<String> ignoredColumns, Optional<FieldError> fileProblem, char delimiter) {

        static Parsed refused(String key, Object... args) {
            return new Parsed(List.of(), List.of(), Optional.of(FieldError.of("file", key, args)), ',');
        }
    }

    private EmployerList() {
    }

    public static Parsed read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Parsed.refused("import.file.empty");
        }
        Optional<String> binary = binaryKind(bytes);
        if (binary.isPresent()) {
            return Parsed.refused(binary.get());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.refused("import.file.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Parsed.refused("import.file.empty");
        }
        char delimiter = delimiter(text);
        List<CSVRecord> records;
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                lines.add((int) parser.getCurrentLineNumber());
                if (records.size() > MAX_ROWS + 1) {
                    return Parsed.refused("import.file.tooManyRows", MAX_ROWS);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Parsed.refused("import.file.unreadable");
        }
        return rows(records, lines, delimiter);
    }

    private static Parsed rows(List<CSVRecord> records, List<Integer> lines, char delimiter) {
        CSVRecord header = records.get(0);
        List<Column> columns = header.stream().map(EmployerList::column).toList();
        if (!columns.contains(Column.NAME) && !(columns.contains(Column.FIRST_NAME) || columns.contains(Column.LAST_NAME))) {
            return Parsed.refused("import.file.noNameColumn", String.join(", ", header.toList()));
        }
        if (records.size() == 1) {
            return Parsed.refused("import.file.headerOnly");
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == Column.OTHER && !header.get(i).isBlank()) {
                ignored.add(header.get(i));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(row(records.get(r), lines.get(r), columns));
        }
        return new Parsed(rows, ignored, Optional.empty(), delimiter);
    }

    private static Row row(CSVRecord record, int line, List<Column> columns) {
        List<FieldError> problems = new ArrayList<>();
        if (record.size() > columns.size()) {
            problems.add(FieldError.of("row", "import.row.extraColumns", record.size(), columns.size()));
        }
        String name = null;
        String first = null;
        String last = null;
        String phone = null;
        String employee = null;
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            String value = record.get(i).strip();
            if (value.length() > MAX_FIELD) {
                problems.add(FieldError.of("row", "import.row.fieldTooLong", MAX_FIELD));
                value = value.substring(0, MAX_FIELD);
            }
            switch (columns.get(i)) {
                case NAME -> name = value;
                case FIRST_NAME -> first = value;
                case LAST_NAME -> last = value;
                case PHONE -> phone = value;
                case EMPLOYEE_NUMBER -> employee = value;
                case OTHER -> {
                    // kept only among the fields, for the CPR check
                }
            }
        }
        if (name == null || name.isBlank()) {
            name = String.join(" ", java.util.stream.Stream.of(first, last).filter(s -> s != null && !s.isBlank()).toList());
        }
        return new Row(line, name, phone, employee, record.toList(), problems);
    }

    static Column column(String header) {
        String key = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_.\\-:#]", "");
        return HEADERS.getOrDefault(key, Column.OTHER);
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes (Danish Excel), else comma. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** An Excel workbook, a PDF, UTF-16 text, or anything with NUL bytes is not a CSV file. */
    private static Optional<String> binaryKind(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return Optional.of("import.file.workbook");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return Optional.of("import.file.encoding");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return Optional.of("import.file.notText");
            }
        }
        return Optional.empty();
    }
}
