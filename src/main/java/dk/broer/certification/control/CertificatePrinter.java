package dk.broer.certification.control;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints certificates as PDF/A-2b: one A4 landscape page each, several in one document for a cohort. Fonts are
 * embedded once per document as subsets; every text carries its logical wording as ActualText.
 */
public final class CertificatePrinter {

    /** The JDK's own sRGB profile, which PDF/A validators accept; read once. */

    private final CertificateFonts fonts;

    public CertificatePrinter(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] print(CertificatePage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(List.of(page), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One PDF/A-2b document, one page per certificate. */
    public void write(List<CertificatePage> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("No certificates to print");
        }
        pages.forEach(this::refuseUnprintable);
        TrueTypeFont[] parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts, parsed);
            CertificateSheet sheet = new CertificateSheet(new Typesetter(documentFonts));
            for (CertificatePage page : pages) {
                sheet.draw(document, page);
            }
            documentFonts.finish();
            describe(document, pages);
            ArchivalPdf.save(document, out);
        } finally {
            fonts.giveBack(parsed);
        }
    }

    /** The backstop behind the check at name confirmation: never print boxes or misordered letters. */
    private void refuseUnprintable(CertificatePage page) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("holder name", page.holderName());
        texts.put("title", page.title());
        texts.put("intro", page.intro());
        texts.put("achievement lead", page.achievementLead());
        texts.put("achievement", page.achievement());
        for (int i = 0; i < page.details().size(); i++) {
            texts.put("detail " + (i + 1), page.details().get(i));
        }
        texts.put("issuer", page.issuer());
        texts.put("verify label", page.verifyLabel());
        texts.put("verify URL", page.verifyUrl());
        texts.put("code label", page.codeLabel());
        texts.put("code", page.code());
        texts.forEach((field, text) -> {
            Optional<Unprintable> problem = fonts.problemWith(text == null ? "" : text);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("Cannot print the " + field + " \"" + text + "\": "
                        + problem.get().describe());
            }
        });
    }

    private static void describe(PDDocument document, List<CertificatePage> pages) throws IOException {
        CertificatePage first = pages.get(0);
        String title = pages.size() == 1
                ? DrawnText.tidy(first.title()) + " – " + DrawnText.tidy(first.holderName())
                : DrawnText.tidy(first.title()) + " (" + pages.size() + ")";
        ArchivalPdf.describe(document, title, first.language(), Calendar.getInstance());
    }


}
