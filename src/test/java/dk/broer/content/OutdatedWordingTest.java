package dk.broer.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's wording checks on small samples: what they flag, and what they leave alone. */
class OutdatedWordingTest {

    private static final OutdatedWording.GroundList SECTION_266_B = OutdatedWording.GROUND_LISTS.get(0);

    private static List<LibraryText> text(String language, String... lines) {
        return List.of(new LibraryText(Path.of("sample", language + ".md"), language, List.of(lines)));
    }

    private static OutdatedWording.Phrasing phrasing(String name) {
        return OutdatedWording.PHRASINGS.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPartialListOfGroundsIsFlaggedWithItsLine() {
        List<String> found = OutdatedWording.find(SECTION_266_B, text("da",
                "## Loven", "",
                "§ 266 b handler om grupper.", "Det gælder fx race, hudfarve, tro eller seksuel orientering."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("sample/da.md:3: names race, hudfarve, tro, seksuel orientering but not"),
                found.get(0));
    }

    @Test
    void aPassingMentionOrOneExampleIsNotAList() {
        assertEquals(List.of(), OutdatedWording.find(SECTION_266_B, text("da",
                "Det kan være strafbart efter § 266 b.", "",
                "§ 266 b gælder fx også handicap.")));
    }

    @Test
    void aThenAndNowNoteCountsAsOneSummary() {
        assertEquals(List.of(), OutdatedWording.find(SECTION_266_B, text("en",
                "!!! note \"Then and now\"",
                "    - In 2012, § 266 b named race, skin colour, national or ethnic origin, belief and sexual orientation.",
                "    - Since 1 January 2022 it also names gender identity, gender expression, sex characteristics and disability.")));
    }

    @Test
    void aWrongOptionAndTheSourcesAreNotRead() {
        assertEquals(List.of(), OutdatedWording.find(SECTION_266_B, text("da",
                "::: question q",
                "Hvad dækker § 266 b?", "",
                "- [ ] Kun race og tro.",
                "  > Nej. Også hudfarve, national eller etnisk oprindelse, seksuel orientering, kønsidentitet,"
                        + " kønsudtryk, kønskarakteristika og handicap.",
                ":::", "",
                "## Kilder", "",
                "- Lov om forbud mod forskelsbehandling på grund af race m.v.; straffeloven § 266 b (tro).")));
    }

    @Test
    void theOld2012ListPassesOnlyNextToTodaysGrounds() {
        OutdatedWording.Phrasing old = phrasing("the 2012 list of grounds");
        assertEquals(1, OutdatedWording.find(old, text("da",
                "## Loven", "", "Loven nævner race, hudfarve, national eller etnisk oprindelse, tro eller seksuel orientering.")).size());
        assertEquals(List.of(), OutdatedWording.find(old, text("da",
                "## Loven", "", "Loven nævner race, hudfarve, national eller etnisk oprindelse, tro eller seksuel orientering.", "",
                "!!! note \"Før og nu\"", "    Fra 1. januar 2022 også kønsidentitet, kønsudtryk og kønskarakteristika.")));
    }

    @Test
    void todaysFourGroundsAreNotTakenForTheOldTwo() {
        OutdatedWording.Phrasing two = phrasing("two of the four 2022 grounds");
        assertEquals(List.of(), OutdatedWording.find(two, text("da",
                "Siden 2022 nævner § 266 b også handicap og kønsidentitet, kønsudtryk og kønskarakteristika.",
                "Siden 2022 også kønsidentitet, kønsudtryk, kønskarakteristika og handicap.")));
        assertEquals(1, OutdatedWording.find(two, text("en", "Since 2022 it also covers disability and gender identity.")).size());
    }

    @Test
    void selectiveEnforcementMayNotBeCalledIndirect() {
        OutdatedWording.Phrasing indirect = phrasing("selective enforcement called indirect");
        assertEquals(1, OutdatedWording.find(indirect, text("da",
                "Bruges den kun på nogle, kan det være indirekte forskelsbehandling.")).size());
        assertEquals(List.of(), OutdatedWording.find(indirect, text("da",
                "Bruges den kun på nogle på grund af deres oprindelse, er det direkte forskelsbehandling, ikke indirekte.",
                "En regel for alle, der rammer én gruppe hårdere, kan være indirekte forskelsbehandling.")));
    }

    @Test
    void aThenAndNowLineMayListOnlyWhatWasAdded() {
        assertEquals(List.of(), OutdatedWording.find(SECTION_266_B, text("da",
                "- Fra 1. januar 2022 dækker § 266 b også handicap, kønsidentitet, kønsudtryk og kønskarakteristika.")));
        assertEquals(1, OutdatedWording.find(SECTION_266_B, text("da",
                "Straffeloven § 266 b dækker også handicap og kønsidentitet siden 2022.")).size());
        assertEquals(1, OutdatedWording.find(SECTION_266_B, text("da",
                "!!! note \"Før og nu\"",
                "    - Fra 2022 dækker § 266 b også handicap og kønsidentitet.",
                "    - Fra 2022 dækker racediskriminationsloven også kønsidentitet, kønsudtryk og kønskarakteristika.")).size());
    }

    @Test
    void theUnsafeUltimatumMayBeQuotedAsWhatNotToSay() {
        OutdatedWording.Phrasing ultimatum = phrasing("an ultimatum to an angry passenger");
        assertEquals(List.of(), OutdatedWording.find(ultimatum, text("da",
                "**Det skal du ikke sige:**", "", "> \"Bussen kører ikke videre, før du er stået af.\"", "",
                "- [ ] Du siger, at bussen kører ikke videre, før han er stået af.", "  > Nej. Ring til kontrolcentralen.")));
        assertEquals(1, OutdatedWording.find(ultimatum, text("en",
                "**What you can say:**", "", "> \"The bus won't go on until you've got off.\"")).size());
    }

    @Test
    void theOtherEnglishUltimatumsAreCaughtToo() {
        OutdatedWording.Phrasing ultimatum = phrasing("an ultimatum to an angry passenger");
        assertEquals(1, OutdatedWording.find(ultimatum, text("en",
                "> \"The bus isn't going anywhere until you've got off.\"")).size());
        assertEquals(List.of(), OutdatedWording.find(ultimatum, text("en",
                "**What you should not say:**", "", "> \"The bus isn't going anywhere until you've got off.\"")));
    }

    @Test
    void belongingToTheGroupIsNoLongerEnoughToComplain() {
        OutdatedWording.Phrasing rule = phrasing("the pre-2016 rule on who may complain");
        assertEquals(1, OutdatedWording.find(rule, text("da",
                "Man skal være direkte berørt eller tilhøre den gruppe, der blev forskelsbehandlet.")).size());
        assertEquals(1, OutdatedWording.find(rule, text("en",
                "You must be directly affected or belong to the group that was treated worse.")).size());
        assertEquals(List.of(), OutdatedWording.find(rule, text("da",
                "Man skal selv være berørt. Det er ikke nok at høre til den gruppe, der blev behandlet dårligere.", "",
                "Før 1. januar 2016 kunne man klage, hvis man var berørt eller tilhørte den gruppe, der blev forskelsbehandlet.")));
    }
}
