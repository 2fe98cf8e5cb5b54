package dk.broer.certification.control;

import dk.broer.platform.control.QrCode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/** A QR code drawn as filled rectangles (one per run of dark modules in a row): sharp at any printer resolution. */
final class VectorQr {

    private VectorQr() {
    }

    /** Draws the code with its quiet zone inside the square at (x, y) of the given side. */
    static void draw(PDPageContentStream content, String text, float x, float y, float side) throws IOException {
        QrCode.Modules code = QrCode.of(text);
        float module = side / code.side();
        // Paint the quiet zone white too, so that nothing drawn later can intrude on it.
        content.setNonStrokingColor(1f, 1f, 1f);
        content.addRect(x, y, side, side);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (QrCode.Run run : code.runs()) {
            content.addRect(x + run.column() * module, y + side - (run.row() + 1) * module, run.length() * module, module);
        }
        content.fill();
    }
}
