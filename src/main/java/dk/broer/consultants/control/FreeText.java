package dk.broer.consultants.control;

import dk.broer.people.control.Cpr;
import dk.broer.platform.control.FieldError;

import java.util.Optional;

/**
 * The practice log's free text (partners, plans, stories, notes) must not carry personal data
 * about dialogue participants. The form warns against names; what looks like a CPR number is
 * refused outright, whatever else is typed around it.
 */
public final class FreeText {

    private FreeText() {
    }

    /** keys: practice.text.tooLong, practice.text.cpr */
    public static Optional<FieldError> problem(String field, String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(FieldError.of(field, "practice.text.tooLong", max));
        }
        return Cpr.appearsIn(text) ? Optional.of(FieldError.of(field, "practice.text.cpr")) : Optional.empty();
    }
}
