package dk.broer.people.control;

import dk.broer.platform.control.FieldError;

import java.text.Normalizer;
import java.util.List;

/**
 * A person's name as they write it: in any script, stored exactly as typed after Unicode NFC
 * normalisation (so "Nguyễn" typed on two keyboards is one string) and trimming; 1–150
 * characters; no control characters. Nothing is "corrected": "<script>" is a name like any other
 * and every page escapes it.
 */
public final class PersonName {

    public static final int MAX = 150;

    private PersonName() {
    }

    public static String tidy(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /** keys: "<prefix>.missing", ".tooLong", ".control" */
    public static List<FieldError> problems(String field, String name, String prefix) {
        String tidy = tidy(name);
        if (tidy.isEmpty()) {
            return List.of(FieldError.of(field, prefix + ".missing"));
        }
        if (tidy.codePointCount(0, tidy.length()) > MAX) {
            return List.of(FieldError.of(field, prefix + ".tooLong", MAX));
        }
        if (tidy.codePoints().anyMatch(Character::isISOControl)) {
            return List.of(FieldError.of(field, prefix + ".control"));
        }
        return List.of();
    }
}
