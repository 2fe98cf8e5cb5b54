package dk.broer.certification.boundary;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.CertificatePrinting;
import dk.broer.certification.entity.Award;
import dk.broer.platform.control.Copenhagen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Awards as the three audiences see them: the holder, the cohort's staff, and anyone with the code. */
public final class CertificateViews {

    private CertificateViews() {
    }

    /** What the holder sees of their own certificate. */
    public record Mine(String code, String holderName, String track, LocalDate completedOn, LocalDate issuedOn, int edition,
                       String status, LocalDate revokedOn, String publicReason, String verifyUrl) {
    }

    /** What the cohort's trainers and coordinators see, including why it was revoked. */
    public record Staff(long id, String code, String holderName, LocalDate issuedOn, int edition, String status,
                        boolean confirmedByStaff, LocalDate revokedOn, String revokedReason, String publicReason,
                        String verifyUrl, boolean holderErased) {
    }

    /** What a stranger with the code sees: no more than is printed on the certificate. */
    public record Verified(String code, String status, String holderName, String achievement, LocalDate completedOn,
                           LocalDate issuedOn, String issuer, String organisation, LocalDate validUntil,
                           LocalDate supersededOn, LocalDate revokedOn, String publicReason, boolean holderErased) {
    }

    /** A completion ready for its certificate: the name to confirm, and the award once there is one. */
    public record Entitlement(long completionId, long learnerId, String name, String track, LocalDate completedOn,
                              String cohort, Staff award) {
    }

    public static Mine mine(Award a, String language, CertificatePrinting printing) {
        return new Mine(a.code(), a.holderName(), a.trackTitle(language), a.completedOn(), day(a.issuedAt()), a.edition(),
                a.status().code(), a.revokedAt().map(CertificateViews::day).orElse(null), a.publicReason().orElse(null),
                printing.verifyUrl(a));
    }

    public static Staff staff(Award a, CertificatePrinting printing) {
        return new Staff(a.id(), a.code(), a.holderName(), day(a.issuedAt()), a.edition(), a.status().code(),
                a.confirmedBy().isPresent(), a.revokedAt().map(CertificateViews::day).orElse(null),
                a.revokedReason().orElse(null), a.publicReason().orElse(null), printing.verifyUrl(a), a.holderErased());
    }

    public static Verified verified(Award a, String language) {
        boolean expired = a.isValid() && a.validUntil().filter(until -> dk.broer.platform.control.Copenhagen
                .today(java.time.Clock.systemUTC()).isAfter(until)).isPresent();
        return new Verified(a.code(), expired ? "expired" : a.status().code(), a.holderName(), a.trackTitle(language), a.completedOn(),
                day(a.issuedAt()), a.issuerName(), a.organisationName(), a.validUntil().orElse(null),
                a.supersededAt().map(CertificateViews::day).orElse(null), a.revokedAt().map(CertificateViews::day).orElse(null),
                a.publicReason().orElse(null), a.holderErased());
    }

    public static Entitlement entitlement(Awards.Entitlement e, String trackTitle, String cohortName,
                                          CertificatePrinting printing) {
        Optional<Award> award = e.award();
        return new Entitlement(e.completion().id(), e.learner().id(), e.learner().name(), trackTitle,
                day(e.completion().completedAt()), cohortName, award.map(a -> staff(a, printing)).orElse(null));
    }

    static LocalDate day(Instant at) {
        return Copenhagen.local(at).toLocalDate();
    }

    /** The award's signed credential as a download: "credential-K7QXM-4TD9P-da.json". */
    static jakarta.ws.rs.core.Response credential(Award award, String language) {
        String json = award.credential(language)
                .orElseThrow(() -> dk.broer.platform.control.ApiProblem.notFound("credential.notFound"));
        return jakarta.ws.rs.core.Response.ok(json, "application/json")
                .header("Content-Disposition", "attachment; filename=\"credential-" + award.code() + "-" + language + ".json\"")
                .header("Cache-Control", "no-store").build();
    }
}
