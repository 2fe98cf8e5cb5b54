package dk.broer.certification.control;

import org.apache.fontbox.ttf.CmapLookup;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each drawn glyph of one embedded font stands for, written as its ToUnicode CMap. PDFBox's own map gives a
 * glyph the code point the font's cmap lists for it, which for Arabic is a presentation form (U+FExx); readers that
 * ignore ActualText (poppler) would then copy presentation forms. Here a shaped form maps to its base letter, a
 * lam-alef ligature to both letters.
 * <p>
 * With Identity-H encoding the character code is the CID, which PDFBox keeps equal to the glyph id in the original
 * font even after subsetting (the CIDToGIDMap translates), so original glyph ids are the keys.
 */
final class GlyphMeanings {

    private final CmapLookup cmap;
    private final Map<Integer, String> textByGlyph = new TreeMap<>();

    GlyphMeanings(CmapLookup cmap) {
        this.cmap = cmap;
    }

    void note(String drawn) {
        drawn.codePoints().forEach(cp -> {
            int glyph = cmap.getGlyphId(cp);
            if (glyph > 0) {
                textByGlyph.putIfAbsent(glyph, DrawnText.logicalOf(cp));
            }
        });
    }

    byte[] toUnicodeCMap() {
        StringBuilder cmapText = new StringBuilder(256 + textByGlyph.size() * 16);
        cmapText.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Object[] glyphs = textByGlyph.keySet().toArray();
        // A bfchar block may hold at most 100 entries.
        for (int start = 0; start < glyphs.length; start += 100) {
            int end = Math.min(glyphs.length, start + 100);
            cmapText.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                int glyph = (Integer) glyphs[i];
                cmapText.append(String.format("<%04X> <", glyph));
                for (char c : textByGlyph.get(glyph).toCharArray()) {
                    cmapText.append(String.format("%04X", (int) c));
                }
                cmapText.append(">\n");
            }
            cmapText.append("endbfchar\n");
        }
        cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmapText.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
