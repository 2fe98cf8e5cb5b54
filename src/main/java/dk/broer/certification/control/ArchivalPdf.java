package dk.broer.certification.control;

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
import java.util.Calendar;

/**
 * What makes a Broer PDF a PDF/A-2b: XMP metadata (title, language, PDF/A identification), the sRGB
 * output intent, and saving without PDFBox's second font subsetting. Certificates and the reach
 * report both end this way.
 */
public final class ArchivalPdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchivalPdf() {
    }

    public static void describe(PDDocument document, String title, String language, Calendar created) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addLanguage(language);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
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
    public static void save(PDDocument document, OutputStream out) throws IOException {
        document.setVersion(1.7f);
        document.getDocument().setIsXRefStream(true);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        COSWriter writer = new COSWriter(buffered, CompressParameters.DEFAULT_COMPRESSION);
        writer.write(document);
        buffered.flush();
    }
}
