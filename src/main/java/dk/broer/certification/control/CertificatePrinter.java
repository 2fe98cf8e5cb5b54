package dk.broer.certification.control;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
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
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
            save(document, out);
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
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(first.language());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addLanguage(first.language());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(Calendar.getInstance());
        basic.setCreatorTool("Broer");
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream(4096);
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * What {@link PDDocument#save(OutputStream)} does, minus its subsetting: the fonts were subset in
     * {@link DocumentFonts#finish()} and a second pass would rebuild PDFBox's ToUnicode maps over ours.
     */
    private static void save(PDDocument document, OutputStream out) throws IOException {
        document.setVersion(1.7f);
        document.getDocument().setIsXRefStream(true);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        COSWriter writer = new COSWriter(buffered, CompressParameters.DEFAULT_COMPRESSION);
        writer.write(document);
        buffered.flush();
    }

}
