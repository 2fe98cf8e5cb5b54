package dk.broer.reporting.control;

import static dk.broer.reporting.control.ReachPdf.*;

import dk.broer.certification.control.CertificateFonts;
import dk.broer.certification.control.DocumentFonts.Style;
import dk.broer.certification.control.Typesetter;
import dk.broer.certification.control.Typesetter.Block;
import dk.broer.certification.control.Typesetter.Fit;
import dk.broer.platform.control.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The document's pages and the cursor going down them. */
final class PdfSheet {

    private final PDDocument document;
    private final Typesetter type;
    private final CertificateFonts fonts;
    private final String language;
    private final Set<String> checked = new HashSet<>();
    private final Map<Style, Map<String, Float>> widths = new HashMap<>();
    private PDPageContentStream content;
    float y;

    PdfSheet(PDDocument document, Typesetter type, CertificateFonts fonts, String language) {
        this.document = document;
        this.type = type;
        this.fonts = fonts;
        this.language = language;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless this much height is left on this one. */
    boolean need(float height) throws IOException {
        if (content == null || y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    Block fit(String text, Fit fit, float width) {
        String printable = text == null ? "" : text;
        if (checked.add(printable)) {
            refuseUnprintable(fonts, printable);
        }
        return type.fit(printable, fit, width);
    }

    /** The width of the text on one line at this size. */
    float width(String text, Style style, float size) {
        Float unit = widths.computeIfAbsent(style, s -> new HashMap<>()).get(text);
        if (unit == null) {
            Block block = fit(text, new Fit(style, 1, 1, 1, 1), Float.MAX_VALUE);
            unit = block.lines().isEmpty() ? 0f : block.lines().get(0).width();
            widths.get(style).put(text, unit);
        }
        return unit * size;
    }

    /** Draws a block with its top at the cursor's height, and moves the cursor below it. */
    void paragraph(String text, Fit fit, float[] colour, float spaceAfter) throws IOException {
        Block block = fit(text, fit, WIDTH);
        float height = block.height(fit.leading());
        need(height);
        colour(colour);
        type.left(content, block, LEFT, y - block.size() * 0.8f, fit.leading());
        y -= height + block.size() * 0.3f + spaceAfter;
    }

    void heading(String text, float keepWithNext) throws IOException {
        Fit fit = new Fit(Style.BOLD, 13, 13, 10, 3);
        Block block = fit(text, fit, WIDTH);
        float space = content != null && y < TOP ? 8 : 0;
        if (!need(space + block.height(fit.leading()) + keepWithNext)) {
            y -= space;
        }
        paragraph(text, fit, ACCENT, 5);
    }

    void drawLeft(Block block, float x, float baseline, float leading) throws IOException {
        type.left(content, block, x, baseline, leading);
    }

    void rule(float x, float to, float atY, float width, float[] rgb) throws IOException {
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setLineWidth(width);
        content.moveTo(x, atY);
        content.lineTo(to, atY);
        content.stroke();
    }

    void fill(float x, float top, float width, float height, float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, top - height, width, height);
        content.fill();
    }

    void colour(float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    /** Closes the last page and writes the footer (title, period, page x of n) on every page. */
    void finishPages(String footer) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        int pages = document.getNumberOfPages();
        Fit small = new Fit(Style.REGULAR, 8, 8, 6, 1);
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footerStream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream body = content;
                content = footerStream;
                rule(LEFT, LEFT + WIDTH, FOOTER_BASELINE + 12, 0.4f, RULE);
                colour(GREY);
                String number = Messages.text(language, "reach.pdf.page", i + 1, pages);
                Block numberBlock = fit(number, small, WIDTH / 3);
                float numberWidth = numberBlock.lines().get(0).width();
                type.left(footerStream, fit(footer, small, WIDTH - numberWidth - 12), LEFT, FOOTER_BASELINE, 1.2f);
                type.left(footerStream, numberBlock, LEFT + WIDTH - numberWidth, FOOTER_BASELINE, 1.2f);
                content = body;
            }
        }
    }
}
