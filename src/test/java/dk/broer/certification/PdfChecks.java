package dk.broer.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Checkers we did not write, for every PDF the tests make: veraPDF for PDF/A-2b, PDFBox's and
 * poppler's text extraction, ZXing reading the QR code off a rendered page.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** veraPDF's verdict: empty when the file is PDF/A-2b, else the rules it breaks. */
    public static List<String> pdfaProblems(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).toList();
            return failed.isEmpty() ? List.of("not compliant (veraPDF named no rule)") : failed;
        } catch (Exception e) {
            return List.of("veraPDF could not read it: " + e);
        }
    }

    /** All text as PDFBox extracts it (ActualText honoured). */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text as poppler's pdftotext gives it, without the bidi marks it wraps right-to-left lines in. */
    public static String pdftotext(byte[] pdf) {
        return poppler("pdftotext", pdf, "-enc", "UTF-8").replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    /** Runs a poppler tool (Debian's poppler-utils) on the PDF; fails, never skips, when it is missing. */
    public static String poppler(String tool, byte[] pdf, String... options) {
        try {
            Path file = Files.createTempFile("certificate", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of(tool));
                command.addAll(List.of(options));
                command.add(file.toString());
                if (tool.equals("pdftotext")) {
                    command.add("-");
                }
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new AssertionError(tool + " failed: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError(tool + " (Debian poppler-utils) is needed for the tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of fonts that are not embedded, on any page (PDF/A allows none). */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** The text of the QR code on a page, read by ZXing from the page rendered at 150 dpi. */
    public static String qrCode(byte[] pdf, int pageIndex) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                    image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("No readable QR code on page " + (pageIndex + 1) + ": " + e);
        }
    }

    /** Lines of text, trimmed, for messages. */
    public static String lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" | "));
    }
}
