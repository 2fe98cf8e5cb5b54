package dk.broer.platform.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code (ZXing encodes it) as runs of dark modules, row by row: drawn as one SVG path on a
 * slide or a slip, and as rectangles on a certificate — crisp at any size either way.
 */
public final class QrCode {

    /** Modules of white around the code; the QR specification asks for four. */
    public static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** A run of dark modules in one row; rows count from the top. */
    public record Run(int row, int column, int length) {
    }

    /** The code's side in modules (quiet zone included) and its dark runs. */
    public record Modules(int side, List<Run> runs) {
    }

    public static Modules of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
        int size = matrix.getWidth();
        List<Run> runs = new ArrayList<>();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    int run = 1;
                    while (x + run < size && matrix.get(x + run, y)) {
                        run++;
                    }
                    runs.add(new Run(y, x, run));
                    x += run - 1;
                }
            }
        }
        return new Modules(size, List.copyOf(runs));
    }

    public static String svg(String text, String label) {
        Modules code = of(text);
        StringBuilder path = new StringBuilder();
        for (Run run : code.runs()) {
            path.append('M').append(run.column()).append(' ').append(run.row()).append('h').append(run.length())
                    .append("v1h-").append(run.length()).append('z');
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + code.side() + " " + code.side()
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
