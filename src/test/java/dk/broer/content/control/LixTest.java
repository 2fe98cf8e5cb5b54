package dk.broer.content.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LixTest {

    @Test
    void wordsPerSentencePlusShareOfLongWords() {
        // 7 words, 2 sentences, 1 long word ("regnvejr", 8 letters)
        assertEquals(7 / 2.0 + 100.0 / 7, Lix.of("Jeg går hjem nu. Det er regnvejr."), 1e-9);
    }

    @Test
    void headingsAndListItemsAreSentences() {
        // "Det lærer du" (3), "Stop bussen" (2), "Ring hjem" (2): 7 words, 3 sentences, 1 long word ("bussen" is 6: not long)
        assertEquals(7 / 3.0 + 0, Lix.of("## Det lærer du\n\n- Stop bussen\n- Ring hjem\n"), 1e-9);
    }

    @Test
    void questionsSourcesCodeAndUrlsDoNotCount() {
        String body = "Kort tekst her.\n\n::: question q\nMeget lange spørgsmålsformuleringer?\n\n- [x] Ja\n\nForklaringstekst.\n:::\n\n"
                + "Se `kodeeksempler` og https://eksempel.dk/langadresse nu.\n\n## Kilder\n\n- Ligebehandlingsnævnet, årsberetning.\n";
        // counted: "Kort tekst her." (3 words) and "Se og nu." (3 words): 6 words, 2 sentences, no long words
        assertEquals(3.0, Lix.of(body), 1e-9);
    }

    @Test
    void emptyTextScoresZero() {
        assertEquals(0.0, Lix.of(""), 1e-9);
    }
}
