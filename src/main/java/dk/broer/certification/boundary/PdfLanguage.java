package dk.broer.certification.boundary;

import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Which language a certificate is printed in (?lang=, else the browser's), and how a PDF is sent. */
final class PdfLanguage {

    private PdfLanguage() {
    }

    static String of(String lang, HttpHeaders headers) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }

    static Response download(byte[] pdf, String name, String language) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", disposition(name, language))
                .header("Cache-Control", "private, no-store").build();
    }

    static Response download(StreamingOutput pdf, String name, String language) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", disposition(name, language))
                .header("Cache-Control", "private, no-store").build();
    }

    /** "inline": the browser shows it with its own print button; the file name is kept for saving. */
    private static String disposition(String name, String language) {
        return "inline; filename=\"" + name + "-" + language + ".pdf\"";
    }
}
