package dk.broer.content.control;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Certification;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.Question;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Rubric;
import dk.broer.content.entity.RubricLevel;
import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dk.broer.content.control.ContentFixture.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLoaderTest {

    private static final String DA = "modules/first-steps/da.md";
    private static final String EN = "modules/first-steps/en.md";
    private static final String TRACK = "tracks/starter.yaml";

    @TempDir
    Path folder;

    private ContentFixture content() {
        return new ContentFixture(folder);
    }

    @Test
    void readsModulesTracksGuidesAndQuestions() {
        Catalogue catalogue = content().load();

        assertEquals(List.of("da", "en"), catalogue.languages().stream().map(l -> l.code()).toList());
        assertEquals(List.of("first-steps", "second-steps", "renewal-steps"),
                catalogue.modules().stream().map(Module::id).toList());
        Module module = catalogue.module("first-steps").orElseThrow();
        assertEquals(2, module.version());
        ModuleText english = module.in("en");
        assertEquals("First steps", english.title());
        assertEquals(List.of("bus-driver"), english.audiences());
        assertEquals(15, english.minutes());

        Question greeting = english.questions().get(0);
        assertEquals("greeting", greeting.id());
        assertEquals("Whom do you greet?", greeting.prompt());
        assertEquals(Set.of(1), greeting.correctOptions());
        assertFalse(greeting.multiple());
        assertEquals("No, everyone gets the same service.", greeting.options().get(0).feedback());
        assertEquals("Everyone gets the same service.", greeting.explanation());
        assertTrue(english.questions().get(1).multiple());
        assertFalse(english.body().contains("::: question"), "question blocks are taken out of the body");
        assertTrue(english.body().contains(QuestionBlocks.MARKER));

        Track track = catalogue.track("starter").orElseThrow();
        assertEquals(List.of("first-steps", "second-steps"), track.moduleIds());
        assertEquals(80, track.completion().passMark());
        assertEquals(Workshop.REQUIRED, track.completion().workshop());
        assertEquals(PracticeKind.SUPERVISION_SESSION, track.certification().practice().get(0).kind());
        assertEquals("Guide en", catalogue.guide("starter", "en").orElseThrow().title());
    }

    @Test
    void frontMatterNotClosed() {
        List<String> problems = content().replace(DA, "language: da\n---", "language: da\n").problems();
        assertReported(problems, "content/" + DA + ":1", "front matter is not closed");
    }

    @Test
    void frontMatterMissing() {
        List<String> problems = content().replace(DA, "---\nid: first-steps", "id: first-steps").problems();
        assertReported(problems, "content/" + DA + ":1", "front matter missing");
    }

    @Test
    void frontMatterYamlError() {
        List<String> problems = content().replace(DA, "minutes: 15", "minutes: [15").problems();
        assertReported(problems, "content/" + DA, "YAML error");
    }

    @Test
    void frontMatterFieldMissingOrWrong() {
        List<String> problems = content()
                .replace(DA, "title: Første skridt\n", "")
                .replace(EN, "minutes: 15", "minutes: fifteen")
                .problems();
        assertReported(problems, "content/" + DA + ":2", "missing field 'title'");
        assertReported(problems, "content/" + EN + ":6", "'minutes' must be a whole number from 5 to 60");
    }

    @Test
    void unknownAudience() {
        List<String> problems = content().replace(DA, "audience: [bus-driver]", "audience: [pilots]").problems();
        assertReported(problems, "content/" + DA + ":5", "unknown audience 'pilots'");
    }

    @Test
    void trackNamingMissingModule() {
        List<String> problems = content().replace(TRACK, "  - second-steps", "  - third-steps").problems();
        assertReported(problems, "content/" + TRACK + ":11", "track names missing module 'third-steps'");
    }

    @Test
    void aFollowUpModuleOpensAfterTheTrackAndSoIsNotOneOfItsModules() {
        List<String> twice = content().replace(TRACK, "completion:", "followUp: second-steps\ncompletion:").problems();
        assertReported(twice, "content/" + TRACK + ":12", "module 'second-steps' is the follow-up and can't also be among the modules");
    }

    @Test
    void aFollowUpMustBeAModule() {
        List<String> missing = content().replace(TRACK, "completion:", "followUp: later-steps\ncompletion:").problems();
        assertReported(missing, "content/" + TRACK + ":12", "followUp names missing module 'later-steps'");
    }

    @Test
    void aModuleThatIsOnlyAFollowUpIsInATrack() {
        assertEquals(java.util.Optional.of("second-steps"), content().replace(TRACK, "  - second-steps\ncompletion:",
                "followUp: second-steps\ncompletion:").load().track("starter").orElseThrow().followUpIfAny());
    }

    @Test
    void moduleMissingALanguage() {
        List<String> problems = content().delete("modules/second-steps/en.md").problems();
        assertReported(problems, "content/modules/second-steps/da.md:1", "has no 'en' version");
    }

    @Test
    void knowledgeCheckWithoutCorrectAnswer() {
        List<String> problems = content().replace(EN, "- [x] Everyone.", "- [ ] Everyone.").problems();
        assertReported(problems, "content/" + EN + ":27", "question 'greeting' has no correct option");
    }

    @Test
    void questionShapeProblems() {
        List<String> problems = content()
                .replace(DA, "- [ ] Kun nogle.\n  > Nej, alle skal have samme service.\n", "")
                .replace(DA, "Sikkerhed og ro kommer først.\n", "")
                .replace(EN, "::: question safety", "::: question Safety!")
                .problems();
        assertReported(problems, "content/" + DA + ":27", "'greeting' needs at least two options");
        assertReported(problems, "content/" + DA, "'safety' has no explanation");
        assertReported(problems, "content/" + EN + ":38", "question id 'Safety!' must be lower-case");
    }

    @Test
    void questionBlockNotClosed() {
        List<String> problems = content().replace(EN, "Safety and calm come first.\n:::", "Safety and calm come first.").problems();
        assertReported(problems, "content/" + EN + ":38", "question block is not closed");
    }

    @Test
    void translationMustMatchQuestionsAndSections() {
        List<String> problems = content()
                .replace(EN, "- [x] Calm.", "- [ ] Calm.")
                .replace("modules/second-steps/en.md", "### Sub-section", "## Sub-section")
                .problems();
        assertReported(problems, "content/" + EN + ":38", "question 'safety' marks other options correct");
        assertReported(problems, "content/modules/second-steps/en.md", "sections differ");
    }

    @Test
    void translationMustHaveSameQuestionIds() {
        List<String> problems = content().replace(EN, "::: question greeting", "::: question hello").problems();
        assertReported(problems, "content/" + EN, "questions [hello, safety] differ from [greeting, safety]");
    }

    @Test
    void versionsMustAgree() {
        List<String> problems = content().replace(EN, "version: 2", "version: 3").problems();
        assertReported(problems, "content/" + EN + ":2", "version 3 differs from 2");
    }

    @Test
    void imagesNeedAltTextAndAFile() {
        List<String> problems = content()
                .replace(DA, "![En grøn bus set fra siden](images/bus.svg)", "![](images/bus.svg)")
                .replace(EN, "(images/bus.svg)", "(images/train.svg)")
                .problems();
        assertReported(problems, "content/" + DA + ":23", "has no alt text");
        assertReported(problems, "content/" + EN + ":23", "image file 'images/train.svg' does not exist");
    }

    @Test
    void linksMustResolve() {
        List<String> problems = content()
                .replace(DA, "(module:second-steps)", "(module:third-steps)")
                .replace(EN, "(module:second-steps)", "(javascript:alert(1))")
                .problems();
        assertReported(problems, "content/" + DA + ":14", "link to unknown module 'third-steps'");
        assertReported(problems, "content/" + EN + ":14", "is not allowed");
    }

    @Test
    void headingsInOrderAndNoRawHtml() {
        List<String> problems = content()
                .replace(DA, "## Det lærer du", "#### Det lærer du")
                .replace(EN, "## What you will learn", "# What you will learn\n\n<b>bold</b>")
                .problems();
        assertReported(problems, "content/" + DA + ":11", "heading skips a level");
        assertReported(problems, "content/" + EN + ":11", "use '##' for sections");
        assertReported(problems, "content/" + EN + ":13", "raw HTML is not allowed");
    }

    @Test
    void unknownCallOut() {
        List<String> problems = content().replace(DA, "!!! tip \"I praksis\"", "!!! shout \"I praksis\"").problems();
        assertReported(problems, "content/" + DA + ":16", "unknown call-out 'shout'");
    }

    @Test
    void everyModuleInATrack() {
        List<String> problems = content().replace(TRACK, "  - second-steps\n", "").problems();
        assertReported(problems, "content/modules/second-steps/da.md:1", "is in no track");
    }

    @Test
    void trackRulesChecked() {
        List<String> problems = content()
                .replace(TRACK, "passMark: 80", "passMark: 180")
                .replace(TRACK, "workshop: required", "workshop: sometimes")
                .replace(TRACK, "kind: supervision-session", "kind: coffee")
                .replace(TRACK, "audience: bus-driver", "audience: astronaut")
                .problems();
        assertReported(problems, "content/" + TRACK + ":13", "'passMark' must be a whole number from 1 to 100");
        assertReported(problems, "content/" + TRACK + ":14", "workshop must be required, optional or none");
        assertReported(problems, "content/" + TRACK + ":28", "unknown practice kind 'coffee'");
        assertReported(problems, "content/" + TRACK + ":2", "unknown audience 'astronaut'");
    }

    private static final String RUBRIC = """
                  rubric:
                    scale:
                      - id: not-yet
                        title:
                          da: Endnu ikke
                          en: Not yet
                      - id: met
                        title:
                          da: Opfyldt
                          en: Met
                    passLevel: met
                    criteria:
                      - id: safe-frame
                        title:
                          da: Sikker ramme
                          en: Safe frame
                        description:
                          da: Grundregler på tavlen.
                          en: Ground rules on the board.
                      - id: every-voice
                        title:
                          da: Alle kommer til orde
                          en: Everyone is heard
                        description:
                          da: Runder.
                          en: Rounds.
            """;

    @Test
    void readsTheRenewalRulesAndTheObservationRubric() {
        Track track = content().load().track("starter").orElseThrow();
        Certification certification = track.certification();
        Renewal renewal = certification.renewal();
        assertEquals(90, renewal.windowDays());
        assertEquals("renewal-steps", renewal.refresherModuleId());
        assertEquals(1, renewal.localActivities());
        assertEquals(12, renewal.perMonths());
        assertEquals("Renew every two years.", renewal.text().in("en"));
        assertEquals(2, certification.activityPeriods(), "24 months, an activity every 12");

        assertTrue(certification.practice().get(0).rubricIfAny().isEmpty(), "supervision has no rubric");
        Rubric rubric = certification.practice().get(1).rubricIfAny().orElseThrow();
        assertEquals(List.of("not-yet", "met"), rubric.scale().stream().map(RubricLevel::id).toList());
        assertEquals("met", rubric.passLevel());
        assertEquals(List.of("safe-frame", "every-voice"), rubric.criteria().stream().map(c -> c.id()).toList());
        assertEquals("Ground rules on the board.", rubric.criterion("safe-frame").orElseThrow().description().in("en"));
    }

    @Test
    void aModuleThatIsOnlyARenewalRefresherIsInATrack() {
        Track track = content().load().track("starter").orElseThrow();
        assertFalse(track.moduleIds().contains("renewal-steps"), "the refresher is not needed to complete the track");
        assertTrue(track.includes("renewal-steps"));
        assertEquals(java.util.Optional.of("renewal-steps"), track.renewalRefresherIfAny());
    }

    @Test
    void theRenewalRefresherMustBeAModule() {
        List<String> problems = content().replace(TRACK, "refresher: renewal-steps", "refresher: later-steps").problems();
        assertReported(problems, "content/" + TRACK + ":20", "renewal refresher names missing module 'later-steps'");
    }

    @Test
    void theRenewalRefresherIsTakenAfterCertificationAndSoIsNotOneOfTheModules() {
        List<String> problems = content().replace(TRACK, "refresher: renewal-steps", "refresher: second-steps").problems();
        assertReported(problems, "content/" + TRACK + ":20",
                "module 'second-steps' is the renewal refresher and can't also be among the modules");
    }

    @Test
    void renewalNumbersArePositiveWholeNumbers() {
        List<String> problems = content()
                .replace(TRACK, "windowDays: 90", "windowDays: 0")
                .replace(TRACK, "localActivities: 1", "localActivities: -1")
                .replace(TRACK, "perMonths: 12", "perMonths: yearly")
                .problems();
        assertReported(problems, "content/" + TRACK + ":19", "'windowDays' must be a whole number from 1 to 365, not '0'");
        assertReported(problems, "content/" + TRACK + ":21", "'localActivities' must be a whole number from 1 to 100, not '-1'");
        assertReported(problems, "content/" + TRACK + ":22", "'perMonths' must be a whole number from 1 to 120, not 'yearly'");
    }

    @Test
    void renewalPeriodsFitTheValidityWholly() {
        List<String> problems = content().replace(TRACK, "perMonths: 12", "perMonths: 7").problems();
        assertReported(problems, "content/" + TRACK + ":22", "'perMonths' must divide validityMonths (24) into whole periods, not 7");
    }

    @Test
    void aRenewalPeriodIsNoLongerThanTheValidity() {
        List<String> problems = content().replace(TRACK, "perMonths: 12", "perMonths: 36").problems();
        assertReported(problems, "content/" + TRACK + ":22", "'perMonths' must divide validityMonths (24) into whole periods, not 36");
    }

    @Test
    void renewalFieldsAreRequired() {
        List<String> problems = content()
                .replace(TRACK, "    windowDays: 90\n", "")
                .replace(TRACK, "    localActivities: 1\n", "")
                .problems();
        assertReported(problems, "content/" + TRACK + ":19", "missing field 'windowDays'");
        assertReported(problems, "content/" + TRACK + ":19", "missing field 'localActivities'");
    }

    @Test
    void aCertificationSaysHowItIsRenewed() {
        List<String> problems = content().replace(TRACK, "  renewal:", "  renewed:").problems();
        assertReported(problems, "content/" + TRACK + ":17", "missing field 'renewal'");
        assertReported(problems, "content/" + TRACK + ":19", "unknown field 'renewed'");
    }

    @Test
    void renewalTextInEveryLanguage() {
        List<String> problems = content().replace(TRACK, "      en: Renew every two years.\n", "").problems();
        assertReported(problems, "content/" + TRACK + ":24", "'text' has no text in 'en'");
    }

    @Test
    void renewalNeedsItsTextForPeople() {
        List<String> problems = content()
                .replace(TRACK, "    text:\n      da: Forny hvert andet år.\n      en: Renew every two years.\n", "")
                .problems();
        assertReported(problems, "content/" + TRACK + ":19", "missing field 'text'");
    }

    @Test
    void theOldProseRenewalIsExplained() {
        List<String> problems = content().replace(TRACK, """
                    windowDays: 90
                    refresher: renewal-steps
                    localActivities: 1
                    perMonths: 12
                    text:
                      da: Forny hvert andet år.
                      en: Renew every two years.
                """, """
                    da: Forny hvert andet år.
                    en: Renew every two years.
                """).problems();
        assertReported(problems, "content/" + TRACK + ":19", "put the texts per language under 'text:'");
        assertReported(problems, "content/" + TRACK + ":19", "unknown field 'da'");
    }

    @Test
    void anObservedFacilitationNeedsARubric() {
        List<String> problems = content().replace(TRACK, RUBRIC, "").problems();
        assertReported(problems, "content/" + TRACK + ":36", "'observed' is an observed facilitation and needs a 'rubric'");
    }

    @Test
    void onlyAnObservedFacilitationHasARubric() {
        List<String> problems = content().replace(TRACK, "kind: observed-facilitation", "kind: case-analysis").problems();
        assertReported(problems, "content/" + TRACK + ":46", "only an observed-facilitation requirement has a rubric, not case-analysis");
    }

    @Test
    void rubricScaleAndCriteriaChecked() {
        List<String> problems = content()
                .replace(TRACK, "passLevel: met", "passLevel: excellent")
                .replace(TRACK, "- id: every-voice", "- id: safe-frame")
                .replace(TRACK, "              en: Rounds.\n", "")
                .replace(TRACK, "- id: not-yet", "- id: Not Yet")
                .problems();
        assertReported(problems, "content/" + TRACK + ":47", "scale level id 'Not Yet' must be unique, lower-case");
        assertReported(problems, "content/" + TRACK + ":55", "passLevel 'excellent' is not on the scale [met]");
        assertReported(problems, "content/" + TRACK + ":64", "criterion id 'safe-frame' must be unique");
        assertReported(problems, "content/" + TRACK + ":69", "'description' has no text in 'en'");
    }

    @Test
    void rubricScaleHasTwoLevelsAndCriteria() {
        List<String> problems = content()
                .replace(TRACK, "          - id: met\n            title:\n              da: Opfyldt\n              en: Met\n", "")
                .replace(TRACK, "passLevel: met", "passLevel: not-yet")
                .replace(TRACK, "        criteria:", "        criterion:")
                .problems();
        assertReported(problems, "content/" + TRACK + ":47", "a rubric's scale needs at least two levels, lowest first");
        assertReported(problems, "content/" + TRACK + ":46", "missing field 'criteria'");
        assertReported(problems, "content/" + TRACK + ":53", "unknown field 'criterion'");
    }

    @Test
    void promisedGuideMustExist() {
        List<String> problems = content().delete("guides/starter/en.md").problems();
        assertReported(problems, "content/" + TRACK + ":1", "guides/starter/en.md is missing");
    }

    @Test
    void unknownLanguageFile() {
        List<String> problems = content().write("modules/second-steps/fr.md", "---\n---\n").problems();
        assertReported(problems, "content/modules/second-steps/fr.md:1", "'fr' is not a language");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = content()
                .replace(DA, "audience: [bus-driver]", "audience: [pilots]")
                .replace(TRACK, "  - second-steps", "  - third-steps")
                .replace(EN, "- [x] Everyone.", "- [ ] Everyone.")
                .problems();
        assertTrue(problems.size() >= 3, String.join("\n", problems));
    }
}
