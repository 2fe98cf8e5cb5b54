package dk.broer.content.control;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dk.broer.content.control.ContentFixture.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionnaireReaderTest {

    private static final String FILE = "evaluations/everything.yaml";

    @TempDir
    Path folder;

    private ContentFixture content() {
        return new ContentFixture(folder);
    }

    @Test
    void readsTheItemsTheScaleAndTheCommentInEveryLanguage() {
        Questionnaire q = content().load().questionnaireFor("meeting");
        assertEquals("everything", q.id());
        assertEquals(List.of("community", "useful"), q.items().stream().map(EvaluationItem::id).toList());
        assertEquals("It strengthened the community", q.items().get(0).text().in("en"));
        assertEquals("community", q.items().get(0).target());
        assertEquals(null, q.items().get(1).target());
        assertEquals("Helt enig", q.scale().get(4).in("da"));
        assertEquals("Anything else?", q.comment().in("en"));
        assertTrue(q.agrees(4) && q.agrees(5) && !q.agrees(3));
    }

    @Test
    void theProgrammesTargetItemsUseTheWordsOfTheModuleAndTheProgramme() throws IOException {
        Catalogue catalogue = ContentLoader.load(Path.of("content"), new Markdown());
        for (String occasion : List.of("track", "meeting", "activity")) {
            EvaluationItem community = target(catalogue.questionnaireFor(occasion), "community");
            for (String language : List.of("da", "en")) {
                String module = Files.readString(Path.of("content/modules/evaluating-dialogue/" + language + ".md"));
                assertTrue(module.contains(community.text().in(language)), occasion + "/" + language + ": " + community.text().in(language));
            }
            assertEquals("Min deltagelse i dag har styrket min oplevelse af et fællesskab i København på tværs af forskelle",
                    community.text().in("da"));
        }
        EvaluationItem advice = target(catalogue.questionnaireFor("consultancy"), "consultancy");
        assertEquals("Rådgivningen har styrket mig i mit arbejde med at fremme inklusion i praksis", advice.text().in("da"));
        assertEquals("The advice has strengthened me in my work to promote inclusion in practice", advice.text().in("en"));
        catalogue.questionnaires().forEach(q -> assertTrue(q.items().size() <= QuestionnaireReader.MAX_ITEMS, q.id()));
    }

    private static EvaluationItem target(Questionnaire q, String target) {
        return q.items().stream().filter(i -> target.equals(i.target())).findFirst().orElseThrow(() -> new AssertionError(q.id()));
    }

    @Test
    void anItemWithoutEnglishIsReported() {
        List<String> problems = content().replace(FILE, "      en: It was useful\n", "").problems();
        assertReported(problems, "content/" + FILE + ":18", "'text' has no text in 'en'");
    }

    @Test
    void anOccasionWithoutAnEvaluationIsReported() {
        List<String> missing = content().replace(FILE, "[track, meeting, activity, consultancy]", "[track, meeting, activity]").problems();
        assertReported(missing, "content/evaluations", "no evaluation is asked on 'consultancy'");
    }

    @Test
    void anOccasionWithTwoEvaluationsIsReported() throws IOException {
        ContentFixture content = content();
        String text = Files.readString(content.root().resolve(FILE));
        List<String> twice = content.write("evaluations/again.yaml", text.replace("id: everything", "id: again")).problems();
        // Files are read in name order: again.yaml comes first, so everything.yaml is the one asking twice.
        assertReported(twice, "content/" + FILE + ":1", "occasion 'track' already has the evaluation 'again'");
    }

    @Test
    void anUnknownOccasionIsReported() {
        List<String> unknown = content().replace(FILE, "consultancy]", "consultancy, party]").problems();
        assertReported(unknown, "content/" + FILE + ":2", "unknown occasion 'party'");
    }

    @Test
    void theScaleHasFiveSteps() {
        List<String> four = content().replace(FILE, "  - {da: Helt enig, en: Strongly agree}\n", "").problems();
        assertReported(four, "content/" + FILE + ":21", "the scale must have 5 steps");
    }

    @Test
    void itemIdsAreUnique() {
        List<String> twice = content().replace(FILE, "  - id: useful", "  - id: community").problems();
        assertReported(twice, "content/" + FILE, "item id 'community' must be unique");
    }

    @Test
    void eachTargetIsMeasuredByOneItem() {
        List<String> targets = content().replace(FILE, "  - id: useful\n", "  - id: useful\n    target: community\n").problems();
        assertReported(targets, "content/" + FILE, "target 'community' is already measured by another item");
    }

    @Test
    void atMostFiveItemsSoItTakesUnderAMinute() {
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            more.append("  - id: extra-").append(i).append("\n    text: {da: Mere, en: More}\n");
        }
        List<String> many = content().replace(FILE, "scale:", more + "scale:").problems();
        assertReported(many, "content/" + FILE + ":11", "at most 5 items");
    }

    @Test
    void anUnknownFieldIsReported() {
        List<String> unknown = content().replace(FILE, "agreeFrom: 4", "agreeFrom: 4\nanonymous: true").problems();
        assertReported(unknown, "content/" + FILE + ":10", "unknown field 'anonymous'");
    }

    @Test
    void agreementStartsWithinTheScale() {
        List<String> agree = content().replace(FILE, "agreeFrom: 4", "agreeFrom: 9").problems();
        assertReported(agree, "content/" + FILE + ":9", "field 'agreeFrom' must be a whole number from 2 to 5");
    }
}
