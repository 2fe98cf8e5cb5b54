package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LanguageChoiceTest {

    private static final List<String> SUPPORTED = List.of("da", "en");

    @Test
    void theLanguageSwitchWins() {
        assertEquals("en", LanguageChoice.choose("en", List.of(Locale.forLanguageTag("da")), SUPPORTED));
    }

    @Test
    void elseTheBrowsersLanguageElseDanish() {
        assertEquals("en", LanguageChoice.choose(null, List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("en-GB")), SUPPORTED));
        assertEquals("da", LanguageChoice.choose("", List.of(Locale.forLanguageTag("fr")), SUPPORTED));
    }

    @Test
    void anUnknownLanguageIsNamedAsTheFieldAtFault() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> LanguageChoice.choose("fr", List.of(), SUPPORTED));
        assertEquals("lang", problem.fieldErrors().get(0).field());
        assertEquals("Unknown language 'fr'. Use one of: da, en.",
                Messages.text("en", problem.fieldErrors().get(0).key(), problem.fieldErrors().get(0).args().toArray()));
    }

    @Test
    void errorsNeverFailOnLanguage() {
        assertEquals("da", LanguageChoice.lenient("fr", List.of(), SUPPORTED));
    }
}
