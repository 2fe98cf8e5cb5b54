package dk.broer.certification.control;

import dk.broer.certification.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePrinterTest {

    private static final CertificatePrinter PRINTER = new CertificatePrinter(CertificateFonts.bundled());

    @Test
    void danishAndEnglishCertificatesArePdfA2b() {
        assertCompliant(PRINTER.print(Certificates.danish("Søren Ærbø Kjærgård")));
        assertCompliant(PRINTER.print(Certificates.english("Sofie Ffion Fjeld")));
    }

    @Test
    void arabicVietnameseAndLongNamesArePdfA2b() {
        for (String name : List.of(Certificates.ARABIC, Certificates.VIETNAMESE, Certificates.longName(120),
                Certificates.longName(150))) {
            assertCompliant(PRINTER.print(Certificates.danish(name)));
        }
    }

    @Test
    void aBulkBatchOfMixedNamesIsOnePdfA2bDocumentWithAPagePerCertificate() throws IOException {
        List<CertificatePage> pages = batch(40);
        byte[] pdf = write(pages);
        assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(40, document.getNumberOfPages());
            assertEquals(842, document.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(595, document.getPage(0).getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(document);
            for (String name : Certificates.MIXED) {
                assertTrue(text.contains(name), () -> name + " not in the extracted text:\n" + text);
            }
        }
    }

    @Test
    void theCheckerRejectsAPlainPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Not an archival document");
                content.endText();
            }
            document.save(out);
        }
        assertFalse(PdfChecks.pdfaProblems(out.toByteArray()).isEmpty(), "veraPDF checks for real");
    }

    @Test
    void pdfBoxExtractsEveryNameExactly() throws IOException {
        List<String> names = new ArrayList<>(Certificates.MIXED);
        names.add(Certificates.longName(150));
        for (String name : names) {
            try (PDDocument document = Loader.loadPDF(PRINTER.print(Certificates.english(name)))) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(name), () -> name + " not in:\n" + text);
            }
        }
    }

    @Test
    void popplerExtractsNamesInLogicalOrderAndArabicAsBaseLetters() throws Exception {
        List<String> names = List.of(Certificates.ARABIC, Certificates.VIETNAMESE, "Ayşe Yılmaz",
                "Małgorzata Wąsowska-Żurek", "Ragnhild Ólavsdóttir Jacobsen í Gøtu", "Sofie Ffion Fjeld",
                "زهرا کریمی", "Fatima فاطمة", "Zahra Karimi زهرا کریمی", "مُحَمَّد");
        List<CertificatePage> pages = names.stream().map(Certificates::danish).toList();
        String text = PdfChecks.pdftotext(write(pages));
        for (String name : names) {
            assertTrue(text.contains(name), () -> name + " not in pdftotext's output:\n" + text);
        }
        assertFalse(text.codePoints().anyMatch(DrawnText::isPresentationForm), "presentation forms in:\n" + text);
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        byte[] pdf = write(batch(12));
        assertEquals(List.of(), PdfChecks.fontsNotEmbedded(pdf));
        List<String> rows = PdfChecks.poppler("pdffonts", pdf).lines().skip(2).toList();
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            assertTrue(row.matches(".*CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"), () -> row);
        }
    }

    @Test
    void theQrCodeDecodesToTheVerifyUrl() {
        CertificatePage page = Certificates.danish(Certificates.ARABIC);
        assertEquals(page.verifyUrl(), PdfChecks.qrCode(PRINTER.print(page), 0));
    }

    @Test
    void aLongNameStaysWithinTheMargins() throws IOException {
        String name = Certificates.longName(150);
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        try (PDDocument document = Loader.loadPDF(PRINTER.print(Certificates.danish(name)))) {
            assertTrue(stripper.getText(document).contains(name));
        }
        List<TextPosition> large = glyphs.stream().filter(g -> g.getFontSizeInPt() >= 15.5f).toList();
        assertTrue(large.size() >= 120, "the name is drawn at 16 pt or more: " + large.size() + " glyphs");
        for (TextPosition glyph : glyphs) {
            assertTrue(glyph.getXDirAdj() >= CertificateSheet.LEFT - 0.5f
                    && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= CertificateSheet.RIGHT + 0.5f,
                    () -> glyph.getUnicode() + " at x " + glyph.getXDirAdj());
            assertTrue(glyph.getYDirAdj() > 40 && glyph.getYDirAdj() < 560, () -> glyph + " at y " + glyph.getYDirAdj());
        }
    }

    @Test
    void refusesANameItCannotPrintCorrectly() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> PRINTER.print(Certificates.danish("Muthukumar முத்துக்குமார்")));
        assertTrue(refusal.getMessage().contains("Tamil"), refusal.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> write(List.of(Certificates.danish("Ann"), Certificates.english("王小明"))));
    }

    @Test
    void documentsPrintedAtTheSameTimeDoNotDisturbEachOther() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = Certificates.MIXED.get(i % Certificates.MIXED.size());
                texts.add(threads.submit(() -> {
                    try (PDDocument document = Loader.loadPDF(write(List.of(Certificates.english(name),
                            Certificates.danish(name))))) {
                        return name + "\n" + new PDFTextStripper().getText(document);
                    }
                }));
            }
            for (Future<String> text : texts) {
                String result = text.get(20, TimeUnit.SECONDS);
                String name = result.substring(0, result.indexOf('\n'));
                assertTrue(result.indexOf(name, name.length()) > 0, () -> name + " missing");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    static List<CertificatePage> batch(int size) {
        List<String> names = new ArrayList<>(Certificates.MIXED);
        names.addAll(Certificates.MIXED_DIRECTIONS);
        List<CertificatePage> pages = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = names.get(i % names.size());
            pages.add(i % 2 == 0 ? Certificates.danish(name) : Certificates.english(name));
        }
        return pages;
    }

    static byte[] write(List<CertificatePage> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PRINTER.write(pages, out);
        return out.toByteArray();
    }

    static void assertCompliant(byte[] pdf) {
        assertEquals(List.of(), PdfChecks.pdfaProblems(pdf), "veraPDF: PDF/A-2b");
    }
}
