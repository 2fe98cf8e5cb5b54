package dk.broer.people.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what looks like a Danish CPR number (DDMMYY-SSSS, with or without the dash or a space),
 * so that Broer can refuse it wherever it is typed or imported: Broer never stores CPR numbers.
 * A ten-digit run counts only when its first six digits are a real date, so most phone and
 * employee numbers pass.
 */
public final class Cpr {

    private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[\\s-]?(\\d{4})(?!\\d)");

    private Cpr() {
    }

    public static boolean appearsIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(int day, int month, int year) {
        try {
            LocalDate.of(2000 + year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
