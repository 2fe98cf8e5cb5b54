package dk.broer.certification.control;

import java.util.List;

/** Certificates as the caller would word them, for tests. */
final class Certificates {

    static final String ARABIC = "فاطمة الزهراء";
    static final String VIETNAMESE = "Nguyễn Văn An";
    static final List<String> MIXED = List.of("Ayşe Yılmaz", "Małgorzata Wąsowska-Żurek",
            "Ragnhild Ólavsdóttir Jacobsen í Gøtu", "דוד כהן", "Əli Məmmədov", "Αικατερίνη Παπαδοπούλου",
            "Светлана Кузнецова", VIETNAMESE, ARABIC, "زهرا کریمی", "Søren Ærbø Kjærgård");

    /**
     * Names mixing directions. PDFBox's text stripper takes ActualText for visual text and reorders it again, so it
     * garbles these (Acrobat and poppler do not); they are checked with pdftotext.
     */
    static final List<String> MIXED_DIRECTIONS = List.of("Fatima فاطمة", "Zahra Karimi زهرا کریمی");

    private Certificates() {
    }

    static CertificatePage danish(String name) {
        return new CertificatePage("da", "Kursusbevis", "Det bekræftes hermed, at", name, "har gennemført",
                "Frontlinjen: Den gode samtale med borgere i sårbare situationer",
                List.of("Udstedt 1. december 2026", "12 moduler · 3 fremmødedage"), "Broer – Københavns Kommune",
                "Tjek beviset på", "https://broer.example.dk/verify/7K2M9QXD4T", "Kode", "7K2M-9QXD-4T");
    }

    static CertificatePage english(String name) {
        return new CertificatePage("en", "Certificate of completion", "This is to certify that", name,
                "has completed", "Dialogue consultant: conversations across languages and cultures",
                List.of("Issued 1 December 2026", "Valid until 1 December 2028"), "Broer – City of Copenhagen",
                "Check this certificate at", "https://broer.example.dk/verify/Q4H8TZ3M1C", "Code", "Q4H8-TZ3M-1C");
    }

    /** A name of exactly {@code length} characters made of realistic parts. */
    static String longName(int length) {
        String parts = "Maria Magdalena Kristine Sofie Ølgaard-Vestergaard Christensen von Hohenzollern-Sigmaringen "
                + "Østergård Bødtcher-Hansen Karlsdóttir Wąsowska Nørregaard Fjeldsø Skovgaard Lindqvist ";
        StringBuilder name = new StringBuilder();
        while (name.length() < length) {
            name.append(parts);
        }
        String cut = name.substring(0, length);
        return cut.endsWith(" ") ? cut.substring(0, length - 1) + "e" : cut;
    }
}
