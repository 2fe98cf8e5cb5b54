package dk.broer.reporting.control;

import dk.broer.certification.control.ArchivalPdf;
import dk.broer.certification.control.CertificateFonts;
import dk.broer.certification.control.DocumentFonts;
import dk.broer.certification.control.Typesetter;
import dk.broer.certification.control.Unprintable;
import dk.broer.platform.control.Copenhagen;
import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.ReachReport;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The reach report as a committee-ready PDF/A-2b document: A4 portrait, in the report's language, with the
 * targets first, then the totals, every table with both margins, the dialogue consultants, the activities and
 * the method. It prints the report's cells exactly as they are shown (suppression happened before): nothing here
 * adds, hides or recomputes a number.
 * <p>
 * The fonts and the text machinery are the certificates' (DejaVu Sans embedded as subsets, copied text as
 * ActualText). A text no font can print is refused, naming it, rather than printed with a missing glyph.
 * Wide tables get a smaller font, down to 7 pt; wider still, their period columns are split
 * over several table blocks. Long tables flow onto further pages with their header repeated.
 */
public final class ReachPdf {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 50;
    static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    static final float TOP = PAGE.getHeight() - 50;
    static final float BOTTOM = 58;
    static final float FOOTER_BASELINE = 32;

    static final float[] INK = {0.10f, 0.10f, 0.11f};
    static final float[] GREY = {0.36f, 0.37f, 0.39f};
    static final float[] ACCENT = {0.05f, 0.36f, 0.38f};
    static final float[] RULE = {0.62f, 0.63f, 0.65f};
    static final float[] HEADER_FILL = {0.92f, 0.94f, 0.94f};
    /** Status colours are a second signal only: the status is always written out in words. */
    static final float[] MET = {0.05f, 0.42f, 0.18f};
    static final float[] NOT_MET = {0.66f, 0.13f, 0.10f};

    static final float TEXT = 10;
    static final float LEADING = 1.3f;
    static final float[] TABLE_SIZES = {9, 8.5f, 8, 7.5f, 7};
    static final float CELL_PAD = 3.5f;
    static final float CELL_PAD_V = 2.6f;
    static final float CELL_LEADING = 1.2f;
    /** A wrapping column (names) is never squeezed narrower than this, unless its text is. */
    static final float NARROWEST_TEXT = 80;

    private ReachPdf() {
    }

    /** The whole report as one PDF; IllegalArgumentException naming a text that no font can print. */
    public static byte[] pdf(ReachReport report) {
        CertificateFonts fonts = CertificateFonts.bundled();
        PdfWording words = new PdfWording(report);
        words.texts().forEach(text -> refuseUnprintable(fonts, text));
        TrueTypeFont[] parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts, parsed);
            PdfSheet sheet = new PdfSheet(document, new Typesetter(documentFonts), fonts, words.language);
            new PdfLayout(report, words, sheet).write();
            sheet.finishPages(words.footer());
            documentFonts.finish();
            describe(document, report, words);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ArchivalPdf.save(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.giveBack(parsed);
        }
    }

    static void refuseUnprintable(CertificateFonts fonts, String text) {
        Optional<Unprintable> problem = fonts.problemWith(text == null ? "" : text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Cannot print \"" + text + "\" in the reach report: "
                    + problem.get().describe());
        }
    }

    /** Splits n columns into this many runs of nearly equal length, in order. */
    static List<List<Integer>> chunks(int columns, int parts) {
        List<List<Integer>> chunks = new ArrayList<>();
        int start = 0;
        for (int p = 0; p < parts; p++) {
            int end = start + (columns - start) / (parts - p);
            List<Integer> chunk = new ArrayList<>();
            for (int i = start; i < end; i++) {
                chunk.add(i);
            }
            chunks.add(chunk);
            start = end;
        }
        return chunks;
    }

    static String shown(Cell cell) {
        return cell == null || cell.shown() == null ? "" : cell.shown();
    }

    static String shownAt(List<Cell> cells, int i) {
        return cells == null || i >= cells.size() ? "" : shown(cells.get(i));
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void describe(PDDocument document, ReachReport report, PdfWording words) throws IOException {
        Calendar made = new GregorianCalendar(TimeZone.getTimeZone(Copenhagen.ZONE));
        if (report.made() != null) {
            made.setTimeInMillis(report.made().toEpochMilli());
        }
        ArchivalPdf.describe(document, words.footer(), words.language, made);
    }
}
