package dk.broer.certification.control;

import dk.broer.certification.control.DocumentFonts.Run;
import dk.broer.certification.control.DocumentFonts.Style;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Fits text into a width (shrinking, then wrapping onto lines) and draws it with the fallback fonts. */
public final class Typesetter {

    private static final COSName SPAN = COSName.getPDFName("Span");

    /** One line as drawn: visual order, split into font runs. */
    public record Line(List<Run> runs, float width) {
    }

    /** Text fitted at one size onto one or more lines. */
    public record Block(String text, Style style, float size, List<Line> lines) {

        public float height(float leading) {
            return (lines.size() - 1) * leading * size + size;
        }
    }

    /** How a kind of text may shrink and wrap. */
    public record Fit(Style style, float largest, float smallestOnOneLine, float smallest, int maxLines, float leading,
            float maxHeight) {

        public Fit(Style style, float largest, float smallestOnOneLine, float smallest, int maxLines) {
            this(style, largest, smallestOnOneLine, smallest, maxLines, 1.2f, Float.MAX_VALUE);
        }

        boolean holds(List<Line> lines, float size) {
            return lines.size() <= maxLines && (lines.size() - 1) * leading * size + size <= maxHeight;
        }
    }

    private final DocumentFonts fonts;

    public Typesetter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Keeps the text on one line while it fits at a comfortable size; past that, wraps it onto up to
     * {@code maxLines} centred lines, shrinking to the floor. The largest size that fits wins.
     */
    public Block fit(String text, Fit fit, float width) {
        String tidy = DrawnText.tidy(text);
        if (tidy.isEmpty()) {
            return new Block(tidy, fit.style(), fit.largest(), List.of());
        }
        Line line = line(tidy, fit.style());
        for (float size = fit.largest(); size >= fit.smallestOnOneLine(); size -= 1f) {
            if (line.width() * size <= width) {
                return new Block(tidy, fit.style(), size, List.of(scaled(line, size)));
            }
        }
        for (float size = fit.smallestOnOneLine(); size >= fit.smallest(); size -= 1f) {
            List<Line> lines = wrap(tidy, fit.style(), size, width);
            if (fit.holds(lines, size)) {
                return new Block(tidy, fit.style(), size, lines);
            }
        }
        // Beyond the floor the text still never leaves the page: it gets smaller instead.
        for (float size = fit.smallest() - 1f; size >= 4f; size -= 1f) {
            List<Line> lines = wrap(tidy, fit.style(), size, width);
            if (fit.holds(lines, size)) {
                return new Block(tidy, fit.style(), size, lines);
            }
        }
        throw new IllegalArgumentException("Too long to print: " + text);
    }

    /** Draws the block centred on {@code centreX}, first baseline at {@code baseline}; copied text is {@code text}. */
    public void centred(PDPageContentStream content, Block block, float centreX, float baseline, float leading)
            throws IOException {
        draw(content, block, centreX, baseline, leading, true);
    }

    public void left(PDPageContentStream content, Block block, float x, float baseline, float leading) throws IOException {
        draw(content, block, x, baseline, leading, false);
    }

    private void draw(PDPageContentStream content, Block block, float x, float baseline, float leading,
            boolean centred) throws IOException {
        if (block.lines().isEmpty()) {
            return;
        }
        // ActualText spans every line, so copying a wrapped name gives it back whole and in logical order.
        COSDictionary span = new COSDictionary();
        span.setString(COSName.ACTUAL_TEXT, block.text());
        content.beginMarkedContent(SPAN, PDPropertyList.create(span));
        content.beginText();
        float previousX = 0;
        float previousY = 0;
        for (int i = 0; i < block.lines().size(); i++) {
            Line line = block.lines().get(i);
            float lineX = centred ? x - line.width() / 2 : x;
            float lineY = baseline - i * leading * block.size();
            content.newLineAtOffset(lineX - previousX, lineY - previousY);
            previousX = lineX;
            previousY = lineY;
            fonts.show(content, line.runs(), block.size());
        }
        content.endText();
        content.endMarkedContent();
    }

    /** A single line measured at size 1. */
    private Line line(String logical, Style style) {
        List<Run> runs = fonts.runs(DrawnText.visual(logical), style);
        return new Line(runs, fonts.width(runs, 1f));
    }

    private static Line scaled(Line line, float size) {
        return new Line(line.runs(), line.width() * size);
    }

    private List<Line> wrap(String text, Style style, float size, float width) {
        List<Line> lines = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (line(candidate, style).width() * size <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(scaled(line(current, style), size));
            }
            current = word;
            // A single word wider than the line is broken between characters rather than overflowing.
            while (line(current, style).width() * size > width && current.codePointCount(0, current.length()) > 1) {
                int cut = current.offsetByCodePoints(0, 1);
                while (cut < current.length()
                        && line(current.substring(0, current.offsetByCodePoints(cut, 1)), style).width() * size
                        <= width) {
                    cut = current.offsetByCodePoints(cut, 1);
                }
                lines.add(scaled(line(current.substring(0, cut), style), size));
                current = current.substring(cut);
            }
        }
        if (!current.isEmpty()) {
            lines.add(scaled(line(current, style), size));
        }
        return lines;
    }
}
