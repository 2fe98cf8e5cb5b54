package dk.broer.certification.control;

import com.ibm.icu.lang.UScript;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The font fallback chain for certificates: DejaVu Sans (regular, bold and mono from jasperreports-fonts), then any
 * extra TrueType files an administrator configures for scripts DejaVu lacks.
 * <p>
 * The font files are read and their coverage worked out once. A parsed {@link TrueTypeFont} is read with a shared
 * cursor while a document subsets it, so it must not be used by two documents at once: documents borrow a parsed
 * set from a pool and give it back when saved. Parsing a set is cheap (~2 ms a font), reusing it is cheaper.
 */
public final class CertificateFonts {

    static final int SANS = 0;
    static final int SANS_BOLD = 1;
    static final int MONO = 2;
    static final int FIRST_EXTRA = 3;

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    /**
     * Scripts whose letters PDFBox would print wrongly even with a covering font: they need reordering, conjuncts or
     * contextual forms that only a full shaping engine produces.
     */
    private static final Set<Integer> NOT_SHAPED = Set.of(UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI,
            UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM,
            UScript.SINHALA, UScript.MYANMAR, UScript.KHMER, UScript.TIBETAN, UScript.LAO, UScript.MONGOLIAN,
            UScript.SYRIAC, UScript.NKO, UScript.BALINESE, UScript.JAVANESE, UScript.SUNDANESE, UScript.LANNA,
            UScript.CHAKMA, UScript.LIMBU, UScript.LEPCHA, UScript.BUGINESE, UScript.MEITEI_MAYEK,
            UScript.SAURASHTRA, UScript.NEW_TAI_LUE, UScript.TAI_VIET, UScript.PHAGS_PA, UScript.GRANTHA,
            UScript.SHARADA, UScript.TAKRI, UScript.KAITHI, UScript.MANDAIC, UScript.MANICHAEAN);

    private static final class Bundled {
        static final CertificateFonts FONTS = new CertificateFonts(List.of());
    }

    private final List<Face> faces;
    private final ConcurrentLinkedQueue<TrueTypeFont[]> idle = new ConcurrentLinkedQueue<>();

    private record Face(String name, byte[] bytes, BitSet coverage) {
    }

    private CertificateFonts(List<Path> extraTtfFiles) {
        List<Face> all = new ArrayList<>();
        TrueTypeFont[] first = new TrueTypeFont[FIRST_EXTRA + extraTtfFiles.size()];
        first[SANS] = add(all, "DejaVu Sans", resource("DejaVuSans.ttf"));
        first[SANS_BOLD] = add(all, "DejaVu Sans Bold", resource("DejaVuSans-Bold.ttf"));
        first[MONO] = add(all, "DejaVu Sans Mono", resource("DejaVuSansMono.ttf"));
        for (int i = 0; i < extraTtfFiles.size(); i++) {
            Path file = extraTtfFiles.get(i);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the font file " + file + ": " + e.getMessage(), e);
            }
            try {
                first[FIRST_EXTRA + i] = add(all, file.toString(), bytes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " is not a TrueType font with glyph outlines (glyf table)"
                        + " and cannot be embedded: " + e.getMessage(), e);
            }
        }
        this.faces = List.copyOf(all);
        idle.add(first);
    }

    /** DejaVu Sans only; parsed once for the whole application. */
    public static CertificateFonts bundled() {
        return Bundled.FONTS;
    }

    /** DejaVu Sans, then these TrueType files in order for characters DejaVu lacks. Keep and reuse the result. */
    public static CertificateFonts with(List<Path> extraTtfFiles) {
        return extraTtfFiles.isEmpty() ? bundled() : new CertificateFonts(List.copyOf(extraTtfFiles));
    }

    /** Empty when the name prints correctly; otherwise its first character that would not. */
    public Optional<Unprintable> problemWith(String name) {
        String text = DrawnText.tidy(name);
        for (int cp : text.codePoints().toArray()) {
            int script = UScript.getScript(cp);
            if (NOT_SHAPED.contains(script)) {
                return Optional.of(new Unprintable(cp, UScript.getName(script), Unprintable.Reason.SCRIPT_NOT_SHAPED));
            }
        }
        DrawnText.Shaped shaped = DrawnText.shaped(text);
        if (shaped.unshapedLetter() >= 0) {
            return Optional.of(new Unprintable(shaped.unshapedLetter(), UScript.getName(UScript.ARABIC),
                    Unprintable.Reason.SCRIPT_NOT_SHAPED));
        }
        // Coverage is checked on what will be drawn: Arabic presentation forms, not the letters typed.
        for (int cp : DrawnText.visual(text).codePoints().toArray()) {
            if (cp != ' ' && firstFaceWith(cp, 0) < 0) {
                return Optional.of(new Unprintable(cp, UScript.getName(UScript.getScript(cp)),
                        Unprintable.Reason.NO_FONT));
            }
        }
        return Optional.empty();
    }

    int faceCount() {
        return faces.size();
    }

    String faceName(int face) {
        return faces.get(face).name();
    }

    boolean covers(int face, int codePoint) {
        return faces.get(face).coverage().get(codePoint);
    }

    /** The regular chain: DejaVu Sans, then the extra files; bold and mono are used only when they cover a whole text. */
    int firstFaceWith(int codePoint, int preferred) {
        if (covers(preferred, codePoint)) {
            return preferred;
        }
        if (covers(SANS, codePoint)) {
            return SANS;
        }
        for (int face = FIRST_EXTRA; face < faces.size(); face++) {
            if (covers(face, codePoint)) {
                return face;
            }
        }
        return -1;
    }

    public TrueTypeFont[] borrow() {
        TrueTypeFont[] parsed = idle.poll();
        if (parsed != null) {
            return parsed;
        }
        parsed = new TrueTypeFont[faces.size()];
        for (int face = 0; face < parsed.length; face++) {
            parsed[face] = parse(faces.get(face).bytes());
        }
        return parsed;
    }

    public void giveBack(TrueTypeFont[] parsed) {
        idle.add(parsed);
    }

    private static TrueTypeFont add(List<Face> faces, String name, byte[] fileBytes) {
        byte[] bytes = withoutGlyphSubstitution(fileBytes);
        TrueTypeFont ttf = parse(bytes);
        BitSet coverage = new BitSet();
        try {
            if (ttf.getGlyph() == null) {
                throw new IllegalArgumentException("no glyf table");
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IllegalArgumentException("no Unicode cmap");
            }
            for (int gid = 1, glyphs = ttf.getNumberOfGlyphs(); gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(coverage::set);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        faces.add(new Face(name, bytes, coverage));
        return ttf;
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Hides the GSUB table from PDFBox by renaming its tag in the table directory. PDFBox would otherwise run its
     * Latin GSUB worker (ccmp, liga) over every text, Arabic presentation forms included, and draw substituted glyphs
     * that have no Unicode mapping; shaping is ICU's job here, so one character must be one glyph. GSUB is never
     * embedded (the subset keeps only the outline tables), so the embedded font is unaffected.
     */
    private static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = (copy[4] & 0xFF) << 8 | copy[5] & 0xFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= copy.length
                    && "GSUB".equals(new String(copy, at, 4, StandardCharsets.ISO_8859_1))) {
                System.arraycopy("gsuX".getBytes(StandardCharsets.ISO_8859_1), 0, copy, at, 4);
            }
        }
        return copy;
    }

    private static byte[] resource(String file) {
        try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException(DEJAVU + file + " is not on the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
