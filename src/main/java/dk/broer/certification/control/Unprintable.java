package dk.broer.certification.control;

/**
 * Why a name cannot be printed correctly: the first offending character, its script (ICU's English name) and the
 * reason. A name is refused rather than printed as boxes or as wrongly ordered letters.
 */
public record Unprintable(int codePoint, String script, Reason reason) {

    public enum Reason {
        /** No font in the chain has a glyph for the character as it will be drawn (after Arabic shaping). */
        NO_FONT,
        /** The script needs complex shaping (reordering, conjuncts) that PDFBox does not do, whatever the font. */
        SCRIPT_NOT_SHAPED
    }

    public String describe() {
        return String.format("U+%04X (%s): %s", codePoint, script,
                reason == Reason.NO_FONT ? "no font has this character" : "this script cannot be printed correctly");
    }
}
