package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a certificate says, in Danish or English, from the words frozen on its award. */
public final class CertificateWording {

    private CertificateWording() {
    }

    public static CertificatePage page(Award award, String language, String verifyUrl) {
        List<String> details = new ArrayList<>();
        details.add(text(language, "certificate.pdf.cohort", award.cohortName(), award.organisationName()));
        details.add(text(language, "certificate.pdf.dates", day(award.completedOn(), language),
                day(Copenhagen.local(award.issuedAt()).toLocalDate(), language)));
        award.validUntil().ifPresent(until -> details.add(text(language, "certificate.pdf.validUntil", day(until, language))));
        if (award.edition() > 1) {
            details.add(text(language, "certificate.pdf.edition", award.edition()));
        }
        String title = award.validUntil().isPresent() ? text(language, "certificate.pdf.title.certification")
                : text(language, "certificate.pdf.title");
        return new CertificatePage(language, title, text(language, "certificate.pdf.intro"),
                award.holderName(), text(language, "certificate.pdf.lead"), award.trackTitle(language), List.copyOf(details),
                award.issuerName(), text(language, "certificate.pdf.verify"), verifyUrl, text(language, "certificate.pdf.code"),
                award.code());
    }

    /** "12. november 2026" or "12 November 2026". */
    public static String day(LocalDate date, String language) {
        String pattern = "en".equals(language) ? "d MMMM yyyy" : "d. MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)).format(date);
    }

    private static String text(String language, String key, Object... args) {
        return Messages.text(language, key, args);
    }
}
