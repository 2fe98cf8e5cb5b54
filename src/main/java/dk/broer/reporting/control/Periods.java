package dk.broer.reporting.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's columns: the months from..to grouped by month, quarter or year, with their labels. */
public final class Periods {

    public static final List<String> KINDS = List.of("month", "quarter", "year");

    private Periods() {
    }

    /** Each column's label, in order, for the months from..to inclusive. */
    public static List<String> columns(YearMonth from, YearMonth to, String kind, String language) {
        List<String> columns = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            String label = label(m, kind, language);
            if (columns.isEmpty() || !columns.get(columns.size() - 1).equals(label)) {
                columns.add(label);
            }
        }
        return columns;
    }

    /** "2026-11", "2026 K4" / "2026 Q4", or "2026". */
    public static String label(YearMonth month, String kind, String language) {
        return switch (kind) {
            case "month" -> month.toString();
            case "year" -> Integer.toString(month.getYear());
            default -> month.getYear() + ("da".equals(language) ? " K" : " Q") + ((month.getMonthValue() - 1) / 3 + 1);
        };
    }

    public static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Map<String, Integer> index(List<String> columns) {
        Map<String, Integer> index = new LinkedHashMap<>();
        columns.forEach(c -> index.put(c, index.size()));
        return index;
    }

    static boolean within(LocalDate month, YearMonth from, YearMonth to) {
        YearMonth m = YearMonth.from(month);
        return !m.isBefore(from) && !m.isAfter(to);
    }
}
