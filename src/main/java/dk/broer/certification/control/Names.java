package dk.broer.certification.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Certificates are handed out in the order of a Danish class list: Å after Ø, case and accents secondary. */
final class Names {

    private Names() {
    }

    /** A new comparator per sort: a Collator is not thread-safe. */
    static Comparator<String> danishOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("da"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
