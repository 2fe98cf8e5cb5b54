package dk.broer.certification.control;

import com.ibm.icu.text.Normalizer2;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateFontsTest {

    private static final CertificateFonts BUNDLED = CertificateFonts.bundled();

    @Test
    void everyNameWeExpectCanBePrinted() {
        List<String> names = new ArrayList<>(Certificates.MIXED);
        names.add(Normalizer2.getNFDInstance().normalize(Certificates.VIETNAMESE));
        names.add("Anne\u00A0Marie\u200D \u200E Hansen\u200C");
        names.add("محمدرضا پیروز");
        names.add("Thomas");
        for (String name : names) {
            assertEquals(Optional.empty(), BUNDLED.problemWith(name), name);
        }
        assertTrue(Normalizer2.getNFDInstance().normalize(Certificates.VIETNAMESE).length()
                > Certificates.VIETNAMESE.length());
    }

    @Test
    void indicScriptsAreRefusedEvenThoughAFontMightCoverThem() {
        assertEquals(new Unprintable(0x0BAE, "Tamil", Unprintable.Reason.SCRIPT_NOT_SHAPED),
                BUNDLED.problemWith("முத்துக்குமார்").orElseThrow());
        assertEquals(new Unprintable(0x0905, "Devanagari", Unprintable.Reason.SCRIPT_NOT_SHAPED),
                BUNDLED.problemWith("अनीता").orElseThrow());
    }

    @Test
    void charactersNoFontHasAreRefused() {
        assertEquals(new Unprintable(0x738B, "Han", Unprintable.Reason.NO_FONT),
                BUNDLED.problemWith("王小明").orElseThrow());
        assertEquals(Unprintable.Reason.NO_FONT, BUNDLED.problemWith("ሰላም").orElseThrow().reason());
    }

    @Test
    void anArabicLetterWithoutAJoinedFormIsRefused() {
        // U+0681 (hah with hamza above) joins on both sides, but Unicode has no presentation forms for it.
        assertEquals(Unprintable.Reason.SCRIPT_NOT_SHAPED, BUNDLED.problemWith("ءځم").orElseThrow().reason());
    }

    @Test
    void anExtraFontCoversWhatDejaVuSansLacks(@TempDir Path dir) throws IOException {
        // DejaVu Serif has U+1D15 (Latin letter small capital OU), DejaVu Sans has not. Noto Sans Ethiopic would do
        // for a real deployment, but build machines do not have it.
        Path serif = dir.resolve("DejaVuSerif.ttf");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            Files.copy(in, serif);
        }
        String name = "Aᴕa Berg";
        assertEquals(Unprintable.Reason.NO_FONT, BUNDLED.problemWith(name).orElseThrow().reason());
        CertificateFonts fonts = CertificateFonts.with(List.of(serif));
        assertEquals(Optional.empty(), fonts.problemWith(name));

        byte[] pdf = new CertificatePrinter(fonts).print(Certificates.english(name));
        CertificatePrinterTest.assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains(name));
        }
    }

    @Test
    void aFileThatIsNotATrueTypeFontIsRefusedByName(@TempDir Path dir) throws IOException {
        Path notAFont = Files.writeString(dir.resolve("NotoSansCJK-Regular.otf"), "OTTO is not enough");
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> CertificateFonts.with(List.of(notAFont)));
        assertTrue(refusal.getMessage().contains(notAFont.toString()), refusal.getMessage());
    }
}
