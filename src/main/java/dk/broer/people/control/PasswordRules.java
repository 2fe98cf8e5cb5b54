package dk.broer.people.control;

import dk.broer.platform.control.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be (NIST SP 800-63B: length and a list of common passwords, no
 * composition rules): at least 12 characters, not the username or built on it, not one of the
 * 30,000 most common passwords, nor one of them with digits or marks added at the end, nor a
 * run like "123456789012".
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** PBKDF2 hashes any length; the cap only stops absurd bodies. */
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    public static Optional<FieldError> problem(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldError.of(field, "password.missing"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name) || (name.length() >= 4 && lower.contains(name)))) {
            return Optional.of(FieldError.of(field, "password.username"));
        }
        if (CommonPasswords.contains(lower) || CommonPasswords.contains(withoutEnding(lower))
                || isOneCharacter(lower) || isRun(lower)) {
            return Optional.of(FieldError.of(field, "password.common"));
        }
        return Optional.empty();
    }

    public static List<FieldError> problems(String field, String password, String username) {
        return problem(field, password, username).stream().toList();
    }

    /** "sommerfugl2024!" becomes "sommerfugl": a common password with a year added is still common. */
    static String withoutEnding(String password) {
        return password.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
    }

    private static boolean isOneCharacter(String password) {
        return password.codePoints().distinct().count() <= 2;
    }

    /** "123456789012", "abcdefghijkl", "987654321098": one step up or down all the way. */
    static boolean isRun(String password) {
        int[] c = password.codePoints().toArray();
        Integer step = null;
        for (int i = 1; i < c.length; i++) {
            int d = c[i] - c[i - 1];
            if (Character.isDigit(c[i]) && Character.isDigit(c[i - 1]) && Math.abs(d) == 9) {
                d = d > 0 ? -1 : 1; // 9 → 0 goes on counting up, 0 → 9 down
            }
            if (Math.abs(d) != 1 || (step != null && d != step)) {
                return false;
            }
            step = d;
        }
        return true;
    }
}
