package dk.broer.certification.control;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one PDF document: each face is loaded into the document once, on first use, and subset when the
 * document is finished. Its ToUnicode map is then replaced by one built from the characters actually drawn, so that
 * text extraction gives Arabic base letters rather than presentation forms.
 */
public final class DocumentFonts {

    public enum Style { REGULAR, BOLD, MONO }

    /** Text drawn in one face. */
    public record Run(int face, String text) {
    }

    private final PDDocument document;
    private final CertificateFonts fonts;
    private final TrueTypeFont[] parsed;
    private final PDType0Font[] loaded;
    private final GlyphMeanings[] meanings;

    public DocumentFonts(PDDocument document, CertificateFonts fonts, TrueTypeFont[] parsed) {
        this.document = document;
        this.fonts = fonts;
        this.parsed = parsed;
        this.loaded = new PDType0Font[fonts.faceCount()];
        this.meanings = new GlyphMeanings[fonts.faceCount()];
    }

    /** Splits visual-order text into runs by the first face that has each glyph. */
    public List<Run> runs(String visual, Style style) {
        int styled = switch (style) {
            case REGULAR -> CertificateFonts.SANS;
            case BOLD -> CertificateFonts.SANS_BOLD;
            case MONO -> CertificateFonts.MONO;
        };
        // Bold or mono only when it covers the whole text: a name switching weight mid-word looks broken.
        int preferred = styled == CertificateFonts.SANS
                || visual.codePoints().allMatch(cp -> cp == ' ' || fonts.covers(styled, cp))
                ? styled : CertificateFonts.SANS;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFace = -1;
        for (int cp : visual.codePoints().toArray()) {
            int face = cp == ' ' && currentFace >= 0 && fonts.covers(currentFace, cp)
                    ? currentFace : fonts.firstFaceWith(cp, preferred);
            if (face < 0) {
                throw new IllegalArgumentException(String.format("No font has U+%04X", cp));
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    public float width(List<Run> runs, float size) {
        float width = 0;
        try {
            for (Run run : runs) {
                width += font(run.face()).getStringWidth(run.text()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** Shows the runs one after another from the current text position. */
    public void show(PDPageContentStream content, List<Run> runs, float size) throws IOException {
        for (Run run : runs) {
            PDType0Font font = font(run.face());
            content.setFont(font, size);
            content.showText(run.text());
            meanings[run.face()].note(run.text());
        }
    }

    /** Subsets every loaded font once and gives it the ToUnicode map of what was drawn. */
    public void finish() throws IOException {
        for (int face = 0; face < loaded.length; face++) {
            if (loaded[face] != null) {
                loaded[face].subset();
                PDStream cmap = new PDStream(document, new ByteArrayInputStream(meanings[face].toUnicodeCMap()),
                        COSName.FLATE_DECODE);
                loaded[face].getCOSObject().setItem(COSName.TO_UNICODE, cmap);
            }
        }
    }

    private PDType0Font font(int face) {
        if (loaded[face] == null) {
            try {
                loaded[face] = PDType0Font.load(document, parsed[face], true);
                meanings[face] = new GlyphMeanings(parsed[face].getUnicodeCmapLookup(false));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load " + fonts.faceName(face), e);
            }
        }
        return loaded[face];
    }
}
