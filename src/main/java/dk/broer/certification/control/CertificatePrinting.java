package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.FieldError;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Prints certificates: the fonts are parsed once at start (DejaVu Sans from the bundled jar,
 * then any TrueType files listed in broer.certificate.fonts, comma-separated), and every PDF is
 * made from them. A cohort's batch is written straight into the response as it is saved; at most
 * two batches run at once, so a coordinator printing 800 pages never holds up learners.
 */
@ApplicationScoped
public class CertificatePrinting {

    private static final Logger LOG = Logger.getLogger(CertificatePrinting.class.getName());
    static final int BATCHES_AT_ONCE = 2;

    @Inject
    @ConfigProperty(name = "broer.certificate.fonts", defaultValue = " ")
    String extraFonts;

    @Inject
    BaseUrl baseUrl;

    private CertificateFonts fonts;
    private CertificatePrinter printer;
    private final Semaphore batches = new Semaphore(BATCHES_AT_ONCE);

    @PostConstruct
    void loadFonts() {
        List<Path> extra = Arrays.stream(extraFonts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
        fonts = extra.isEmpty() ? CertificateFonts.bundled() : CertificateFonts.with(extra);
        printer = new CertificatePrinter(fonts);
        LOG.info(() -> "Certificate fonts: DejaVu Sans" + (extra.isEmpty() ? "" : " then " + extra));
    }

    /** Why this name can't be printed right, as a field error, or empty when it can. */
    public Optional<FieldError> problemWith(String field, String name) {
        return fonts.problemWith(name).map(p -> {
            String character = new String(Character.toChars(p.codePoint())) + " (U+" + String.format("%04X", p.codePoint()) + ")";
            return "SCRIPT_NOT_SHAPED".equals(p.reason().name())
                    ? FieldError.of(field, "certificate.name.script", character, p.script())
                    : FieldError.of(field, "certificate.name.noFont", character);
        });
    }

    public String verifyUrl(Award award) {
        return baseUrl.link("verify/" + award.code());
    }

    public byte[] pdf(Award award, String language) {
        return printer.print(CertificateWording.page(award, language, verifyUrl(award)));
    }

    /**
     * One print-ready PDF of these certificates, written into the response as it is saved. A third
     * batch waits for one of the two running to finish (seconds), rather than taking more cores.
     */
    public StreamingOutput batch(List<Award> awards, String language) {
        List<CertificatePage> pages = awards.stream().map(a -> CertificateWording.page(a, language, verifyUrl(a))).toList();
        return out -> {
            batches.acquireUninterruptibly();
            try {
                printer.write(pages, out);
            } finally {
                batches.release();
            }
        };
    }
}
