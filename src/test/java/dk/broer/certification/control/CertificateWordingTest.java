package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateWordingTest {

    static Award award(int edition) {
        return new Award(new Award.Facts(7, 3, 2, "bus-drivers", "Buschauffører", "Bus drivers", "Valby – morgenholdet",
                "Fjordlinjen Bus A/S", "Københavns Kommunes inklusionsprogram", LocalDate.of(2026, 11, 12), null),
                edition, "Nguyễn Văn An", "K7QXM-4TD9P", null, Instant.parse("2026-11-13T10:00:00Z"));
    }

    @Test
    void aDanishCertificateSaysItInDanishWithDanishDates() {
        CertificatePage page = CertificateWording.page(award(1), "da", "https://broer.example/verify/K7QXM-4TD9P");
        assertEquals("Kursusbevis", page.title());
        assertEquals("Buschauffører", page.achievement());
        assertEquals("Nguyễn Văn An", page.holderName());
        assertEquals(List.of("Hold: Valby – morgenholdet · Fjordlinjen Bus A/S", "Gennemført 12. november 2026 · Udstedt 13. november 2026"),
                page.details());
        assertEquals("K7QXM-4TD9P", page.code());
        assertEquals("https://broer.example/verify/K7QXM-4TD9P", page.verifyUrl());
    }

    @Test
    void anEnglishReissueSaysWhichEditionItIs() {
        CertificatePage page = CertificateWording.page(award(2), "en", "https://broer.example/verify/K7QXM-4TD9P");
        assertEquals("Bus drivers", page.achievement());
        assertTrue(page.details().contains("Completed 12 November 2026 · Issued 13 November 2026"), page.details().toString());
        assertTrue(page.details().contains("Edition 2, with a corrected name"), page.details().toString());
    }
}
