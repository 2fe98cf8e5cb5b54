package dk.broer.certification.control;

import java.util.List;

/**
 * Everything printed on one certificate, already worded in its language: the caller localises, the printer only lays
 * out. {@code language} ("da" or "en") becomes the PDF's /Lang and the XMP dc:language.
 */
public record CertificatePage(String language, String title, String intro, String holderName, String achievementLead,
        String achievement, List<String> details, String issuer, String verifyLabel, String verifyUrl,
        String codeLabel, String code) {

    public CertificatePage {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
