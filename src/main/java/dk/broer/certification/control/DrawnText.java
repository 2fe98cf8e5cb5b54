package dk.broer.certification.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns logical text into the characters PDFBox must draw, left to right: PDFBox neither shapes nor reorders, so
 * Arabic-script letters are replaced by their joined presentation forms and right-to-left runs are put in visual order.
 */
final class DrawnText {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** Joined forms by base letter, read from the presentation-form blocks' own decompositions. */
    private static final Map<Integer, int[]> FORMS = presentationForms();

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /** Shaped text in logical order, and the first letter whose joined form exists nowhere (or -1). */
    record Shaped(String text, int unshapedLetter) {
    }

    private DrawnText() {
    }

    /** Whitespace runs of any kind become one ordinary space: every font has one, and names come from forms. */
    static String tidy(String text) {
        String nfc = Normalizer2.getNFCInstance().normalize(text == null ? "" : text);
        return nfc.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    static Shaped shaped(String logical) {
        if (!hasArabicScript(logical)) {
            return new Shaped(logical, -1);
        }
        String icu;
        try {
            icu = SHAPING.shape(logical);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("ICU could not shape " + logical, e);
        }
        return completeForms(icu.codePoints().toArray());
    }

    /** The characters to draw, left to right, without format characters (ZWJ, ZWNJ, bidi marks draw nothing). */
    static String visual(String logical) {
        String shaped = shaped(logical).text();
        char[] chars = shaped.toCharArray();
        String ordered = shaped;
        if (Bidi.requiresBidi(chars, 0, chars.length)) {
            Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            // Marks in right-to-left runs end up before their base letter, which is where DejaVu's Arabic and Hebrew
            // zero-width marks belong: their outlines extend rightwards from the origin, over the following glyph.
            ordered = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
        StringBuilder drawn = new StringBuilder(ordered.length());
        ordered.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(drawn::appendCodePoint);
        return drawn.toString();
    }

    /** What a drawn character stands for in copied text: presentation forms and ligatures give their base letters. */
    static String logicalOf(int codePoint) {
        if (!isPresentationForm(codePoint)) {
            return new String(Character.toChars(codePoint));
        }
        String base = Normalizer2.getNFKCInstance().normalize(new String(Character.toChars(codePoint)));
        // Tashkeel forms decompose to a space or tatweel plus the mark; only the mark is part of the name.
        String letters = base.replace(" ", "").replace("\u0640", "");
        return letters.isEmpty() ? base : letters;
    }

    static boolean isPresentationForm(int cp) {
        return cp >= 0xFB00 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
    }

    private static boolean hasArabicScript(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x08FF);
    }

    /**
     * ICU shapes only letters with forms in Presentation Forms-B; Persian and Urdu letters (پ چ ژ گ ک ی ٹ ...) are
     * left unjoined. Their forms are in Presentation Forms-A, chosen here from the joining of their neighbours
     * (which ICU has already decided correctly). ICU's spacing tashkeel forms go back to combining marks.
     */
    private static Shaped completeForms(int[] cps) {
        int[] out = cps.clone();
        int unshaped = -1;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp >= 0xFE70 && cp <= 0xFE7F) {
                String decomposed = Normalizer2.getNFKDInstance().normalize(new String(Character.toChars(cp)));
                out[i] = decomposed.codePointBefore(decomposed.length());
                continue;
            }
            int joining = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
            boolean letter = UScript.getScript(cp) == UScript.ARABIC && !isPresentationForm(cp);
            if (!letter || joining != UCharacter.JoiningType.DUAL_JOINING
                    && joining != UCharacter.JoiningType.RIGHT_JOINING) {
                continue;
            }
            boolean joinsBefore = joinsForward(neighbour(cps, i, -1));
            boolean joinsAfter = joining == UCharacter.JoiningType.DUAL_JOINING && joinsBackward(neighbour(cps, i, 1));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            int[] forms = FORMS.get(cp);
            if (forms != null && forms[form] != 0) {
                out[i] = forms[form];
            } else if (form != ISOLATED && unshaped < 0) {
                // The bare letter is its isolated form; drawn in a joined position it would be wrong.
                unshaped = cp;
            }
        }
        return new Shaped(new String(out, 0, out.length), unshaped);
    }

    private static int neighbour(int[] cps, int from, int step) {
        for (int i = from + step; i >= 0 && i < cps.length; i += step) {
            int cp = cps[i];
            boolean transparent = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE)
                    == UCharacter.JoiningType.TRANSPARENT || cp >= 0xFE70 && cp <= 0xFE7F;
            if (!transparent) {
                return cp;
            }
        }
        return -1;
    }

    private static boolean joinsForward(int cp) {
        if (cp < 0) {
            return false;
        }
        if (isPresentationForm(cp)) {
            int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
            return type == UCharacter.DecompositionType.INITIAL || type == UCharacter.DecompositionType.MEDIAL;
        }
        int joining = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        return joining == UCharacter.JoiningType.DUAL_JOINING || joining == UCharacter.JoiningType.JOIN_CAUSING
                || joining == UCharacter.JoiningType.LEFT_JOINING;
    }

    private static boolean joinsBackward(int cp) {
        if (cp < 0) {
            return false;
        }
        if (isPresentationForm(cp)) {
            int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
            return type == UCharacter.DecompositionType.FINAL || type == UCharacter.DecompositionType.MEDIAL;
        }
        int joining = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        return joining == UCharacter.JoiningType.DUAL_JOINING || joining == UCharacter.JoiningType.RIGHT_JOINING
                || joining == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static Map<Integer, int[]> presentationForms() {
        Map<Integer, int[]> forms = new HashMap<>();
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int cp = 0xFB50; cp <= 0xFEFF; cp++) {
            if (cp > 0xFDFF && cp < 0xFE70) {
                continue;
            }
            String base = nfkd.getDecomposition(cp);
            if (base == null || base.codePointCount(0, base.length()) != 1) {
                continue;
            }
            int form = switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
                case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
                case UCharacter.DecompositionType.FINAL -> FINAL;
                case UCharacter.DecompositionType.INITIAL -> INITIAL;
                case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            if (form >= 0) {
                forms.computeIfAbsent(base.codePointAt(0), b -> new int[4])[form] = cp;
            }
        }
        return Map.copyOf(forms);
    }
}
