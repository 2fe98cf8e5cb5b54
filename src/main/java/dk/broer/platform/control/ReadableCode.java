package dk.broer.platform.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Random codes people read aloud, copy from a slide or type on a phone: 29 symbols with nothing
 * that looks alike (no 0/O, 1/I/L, nor U/V), in groups separated by dashes. Typing is forgiving:
 * case, spaces and dashes don't matter.
 */
public final class ReadableCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    private ReadableCode() {
    }

    /** groups × size random symbols, e.g. 2 × 5 → "K7QXM-4TD9P". */
    public static String random(int groups, int size) {
        StringBuilder code = new StringBuilder(groups * (size + 1));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < size; i++) {
                code.append(ALPHABET.charAt(Tokens.randomInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** The code as typed, in its canonical grouped form, or empty when it can't be one of ours. */
    public static Optional<String> normalise(String typed, int groups, int size) {
        if (typed == null || typed.length() > 4 * groups * size) {
            return Optional.empty();
        }
        String symbols = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (symbols.length() != groups * size || !symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            code.append(symbols, g * size, (g + 1) * size);
        }
        return Optional.of(code.toString());
    }

    /** Bits of randomness in a code of this many symbols. */
    public static double bits(int symbols) {
        return symbols * Math.log(ALPHABET.length()) / Math.log(2);
    }
}
