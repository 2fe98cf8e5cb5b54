package dk.broer.content.boundary;

import dk.broer.content.entity.Catalogue;
import dk.broer.platform.control.LanguageChoice;
import jakarta.ws.rs.core.HttpHeaders;

/** The content language of a request: ?lang=, else the browser's, else Danish. */
final class ContentLanguage {

    private ContentLanguage() {
    }

    static String of(String lang, HttpHeaders headers, Catalogue catalogue) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(),
                catalogue.languages().stream().map(dk.broer.content.entity.Language::code).toList());
    }
}
