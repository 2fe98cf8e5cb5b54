package dk.broer.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dk.broer.content.control.ContentLoader;
import dk.broer.content.control.Lix;
import dk.broer.content.control.Markdown;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Certification;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Option;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;
import dk.broer.content.entity.Question;
import dk.broer.content.entity.Renewal;
import dk.broer.content.entity.Rubric;
import dk.broer.content.entity.RubricCriterion;
import dk.broer.content.entity.RubricLevel;
import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course library in content/, held to what the programme needs: it loads with no problem
 * (links, images, alignment, headings are checked there), and each module is a real module —
 * goals, scenarios, a checklist, a knowledge check with explanations, sources, plain Danish.
 */
class CourseLibraryTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final Path CONTENT = Path.of("content");
    private static final Catalogue LIBRARY = ContentLoader.load(CONTENT, MARKDOWN);
    private static final List<LibraryText> TEXTS = LibraryText.all(CONTENT);
    private static final String CANDIDATE = "dialogue-consultant-candidate";
    private static final double LIX_LIMIT = 40;

    /** The section headings each language must have (the first word of a scenario heading). */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "da", List.of("Det lærer du", "Situation:", "I praksis", "Tjek din viden", "Kilder"),
            "en", List.of("What you will learn", "Scenario:", "In practice", "Check your knowledge", "Sources"));

    @Test
    void coversTheTopicsTheProgrammeAsksFor() {
        Set<String> ids = LIBRARY.modules().stream().map(Module::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("welcome-to-everyone", "law-at-the-counter", "complaints-and-consequences",
                "recognising-hate-crime", "five-ds", "de-escalation", "fair-door", "on-the-bus", "shop-and-hotel",
                "bias-and-decisions", "thirty-day-follow-up", "dialogue-facilitation", "conflict-in-groups",
                "mapping-local-partners", "referral", "gdpr-safe-logging", "evaluating-dialogue",
                "dialogue-consultant-refresher")), ids.toString());
    }

    @Test
    void frontlineTracksHaveRulesAndAGuide() {
        for (String id : List.of("all-frontline", "bus-drivers", "door-staff", "shop-and-hotel")) {
            Track track = LIBRARY.track(id).orElseThrow(() -> new AssertionError("missing track " + id));
            assertTrue(track.hasGuide(), id + " needs a facilitator guide");
            assertTrue(track.completion().passMark() >= 50, id);
            for (String language : List.of("da", "en")) {
                String guide = LIBRARY.guide(id, language).orElseThrow().body();
                assertTrue(guide.contains("|---") || guide.contains("| ---"), id + "/" + language + ": the agenda is a timed table");
            }
        }
        assertEquals(Workshop.REQUIRED, LIBRARY.track("bus-drivers").orElseThrow().completion().workshop());
    }

    @Test
    void frontlineTracksFollowUpAfterThirtyDaysAndDoNotRequireTheFollowUpToComplete() {
        for (String id : List.of("all-frontline", "bus-drivers", "door-staff", "shop-and-hotel")) {
            Track track = LIBRARY.track(id).orElseThrow();
            assertEquals(java.util.Optional.of("thirty-day-follow-up"), track.followUpIfAny(), id);
            assertFalse(track.moduleIds().contains("thirty-day-follow-up"), id + ": the follow-up can't be needed to complete");
            assertTrue(track.includes("thirty-day-follow-up"));
        }
        assertTrue(LIBRARY.track("dialogue-consultant").orElseThrow().followUpIfAny().isEmpty());
    }

    @Test
    void guidesAreAlignedAcrossLanguages() {
        for (Track track : LIBRARY.tracks()) {
            if (track.hasGuide()) {
                assertEquals(headings(LIBRARY.guide(track.id(), "da").orElseThrow().body()).size(),
                        headings(LIBRARY.guide(track.id(), "en").orElseThrow().body()).size(), track.id());
            }
        }
    }

    @Test
    void theCertificationTrackCarriesItsPracticeAsData() {
        Track track = LIBRARY.track("dialogue-consultant").orElseThrow();
        assertTrue(track.moduleIds().containsAll(List.of("dialogue-facilitation", "conflict-in-groups",
                "mapping-local-partners", "referral", "gdpr-safe-logging", "evaluating-dialogue")));
        Set<PracticeKind> kinds = track.certification().practice().stream().map(p -> p.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PracticeKind.class)));
        assertTrue(kinds.containsAll(EnumSet.of(PracticeKind.DIALOGUE_PROJECT, PracticeKind.SUPERVISION_SESSION,
                PracticeKind.OBSERVED_FACILITATION, PracticeKind.CASE_ANALYSIS)), kinds.toString());
        assertEquals(24, track.certification().validityMonths());
    }

    /** Renewal is rules a check can apply: the window, the refresher, and a logged activity a year. */
    @Test
    void theCertificationTrackRenewsWithTheRefresherAndAnActivityAYear() {
        Track track = LIBRARY.track("dialogue-consultant").orElseThrow();
        Certification certification = track.certification();
        Renewal renewal = certification.renewal();
        assertEquals(90, renewal.windowDays());
        assertEquals(1, renewal.localActivities());
        assertEquals(12, renewal.perMonths());
        assertEquals(2, certification.activityPeriods(), "one activity in each year of the two");
        Module refresher = LIBRARY.module(renewal.refresherModuleId())
                .orElseThrow(() -> new AssertionError("missing refresher " + renewal.refresherModuleId()));
        assertEquals("dialogue-consultant-refresher", refresher.id());
        assertFalse(track.moduleIds().contains(refresher.id()), "the refresher is for renewing, not for certifying");
        assertTrue(track.includes(refresher.id()));
        for (String language : List.of("da", "en")) {
            assertFalse(refresher.in(language).title().isBlank(), language);
            assertTrue(renewal.text().in(language).contains("90"), language + ": the text says what the rules say");
        }
    }

    @Test
    void theObservedFacilitationIsScoredAgainstARubric() {
        List<PracticeRequirement> practice = LIBRARY.track("dialogue-consultant").orElseThrow().certification().practice();
        PracticeRequirement observed = practice.stream().filter(p -> p.kind() == PracticeKind.OBSERVED_FACILITATION)
                .findFirst().orElseThrow();
        Rubric rubric = observed.rubricIfAny().orElseThrow(() -> new AssertionError("the observation needs its rubric"));
        assertEquals(List.of("not-yet", "partly", "met"), rubric.scale().stream().map(RubricLevel::id).toList());
        assertEquals("met", rubric.passLevel());
        assertTrue(rubric.passes("met") && !rubric.passes("partly") && !rubric.passes("not-yet"));
        assertTrue(rubric.criteria().size() >= 5 && rubric.criteria().size() <= 7, rubric.criteria().size() + " criteria");
        Set<String> ids = rubric.criteria().stream().map(RubricCriterion::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("safe-frame", "every-voice", "handles-conflict", "closes-with-next-steps",
                "notes-without-personal-data")), ids.toString());
        for (RubricCriterion criterion : rubric.criteria()) {
            for (String language : List.of("da", "en")) {
                assertFalse(criterion.description().in(language).isBlank(), criterion.id() + "/" + language);
            }
        }
        assertTrue(practice.stream().filter(p -> p != observed).allMatch(p -> p.rubricIfAny().isEmpty()));
    }

    /** Exempt from LIX by its audience, the refresher is still read yearly by consultants, many with Danish as a second language. */
    @Test
    void theRefresherIsPlainDanishToo() {
        double lix = Lix.of(LIBRARY.module("dialogue-consultant-refresher").orElseThrow().in("da").body());
        assertTrue(lix <= LIX_LIMIT, "dialogue-consultant-refresher/da.md has LIX " + Math.round(lix) + ", above " + LIX_LIMIT);
    }

    @TestFactory
    Stream<DynamicTest> everyModuleIsAWholeModule() {
        return LIBRARY.modules().stream().flatMap(module -> Stream.of("da", "en").map(language ->
                DynamicTest.dynamicTest(module.id() + "/" + language, () -> checkModule(module.in(language)))));
    }

    @TestFactory
    Stream<DynamicTest> frontlineDanishIsPlainLanguage() {
        return LIBRARY.modules().stream().filter(m -> !m.audiences().equals(List.of(CANDIDATE)))
                .map(m -> DynamicTest.dynamicTest(m.id() + " LIX", () -> {
                    double lix = Lix.of(m.in("da").body());
                    assertTrue(lix <= LIX_LIMIT, m.id() + "/da.md has LIX " + Math.round(lix) + ", above " + LIX_LIMIT);
                }));
    }

    /**
     * Wording that was wrong or went out of date is refused anywhere in modules and guides, in both
     * languages, with the reason (see {@link OutdatedWording#PHRASINGS}).
     */
    @TestFactory
    Stream<DynamicTest> noOutdatedOrWrongWording() {
        return OutdatedWording.PHRASINGS.stream().map(phrasing -> DynamicTest.dynamicTest(phrasing.name(), () -> {
            List<String> found = OutdatedWording.find(phrasing, TEXTS);
            assertTrue(found.isEmpty(), "Refused wording (" + phrasing.name() + "): " + phrasing.reason() + ".\n  "
                    + String.join("\n  ", found));
        }));
    }

    /**
     * Where a module or guide summarises a law's grounds (a unit that mentions the law and names two or
     * more of its grounds), every ground of today's law is there. One ground, or none, is a passing
     * mention; a wrong option of a knowledge check is a false statement on purpose and is not read,
     * and neither are the sources (titles of laws, not summaries).
     */
    @TestFactory
    Stream<DynamicTest> summariesOfTheLawListAllOfTodaysGrounds() {
        return OutdatedWording.GROUND_LISTS.stream().map(law -> DynamicTest.dynamicTest(law.law(), () -> {
            List<String> found = OutdatedWording.find(law, TEXTS);
            assertTrue(found.isEmpty(), "A summary of " + law.law() + " with only some of its grounds: " + law.reason()
                    + ". List them all (the English files in English), or mention the law without a list.\n  "
                    + String.join("\n  ", found));
        }));
    }

    private static final Pattern HOMEPAGE = Pattern.compile("https://[^/\\s)\\]]+/?(?=[)\\]\\s]|$)");

    /** A source names the page that carries the fact, not a site's homepage. */
    @Test
    void sourcesLinkToThePageNotTheHomepage() {
        List<String> found = new ArrayList<>();
        for (LibraryText text : TEXTS) {
            for (LibraryText.Line line : text.sources()) {
                Matcher matcher = HOMEPAGE.matcher(line.value());
                if (matcher.find()) {
                    found.add(line.where() + ": " + matcher.group());
                }
            }
        }
        assertTrue(found.isEmpty(), "A source that links only to a homepage; give the actual page.\n  "
                + String.join("\n  ", found));
    }

    private static final Pattern RACE_ACT = Pattern.compile("racial discrimination act|racediskriminationsloven"
            + "|race discrimination act|act against racial discrimination|act on racial discrimination", Pattern.CASE_INSENSITIVE);

    /** The English files introduce racediskriminationsloven by one name: "the Racial Discrimination Act (racediskriminationsloven)". */
    @Test
    void englishNamesTheRacialDiscriminationActOneWay() {
        List<String> found = new ArrayList<>();
        for (LibraryText text : TEXTS) {
            if (!text.language().equals("en")) {
                continue;
            }
            text.text().stream().filter(l -> RACE_ACT.matcher(l.value()).find()).findFirst()
                    .filter(first -> !first.value().contains("Racial Discrimination Act (racediskriminationsloven)"))
                    .ifPresent(first -> found.add(first.where() + ": " + first.value().strip()));
        }
        assertTrue(found.isEmpty(), "The first mention of racediskriminationsloven in an English text must read"
                + " 'the Racial Discrimination Act (racediskriminationsloven)', later ones 'the Racial Discrimination Act'.\n  "
                + String.join("\n  ", found));
    }

    private static void checkModule(ModuleText text) {
        String where = text.moduleId() + "/" + text.language() + ".md";
        assertTrue(text.minutes() >= 15 && text.minutes() <= 30, where + ": 15 to 30 minutes, not " + text.minutes());
        List<String> sections = headings(text.body()).stream().filter(h -> h.level() == 2).map(H::text).toList();
        List<String> required = SECTIONS.get(text.language());
        assertTrue(sections.get(0).equals(required.get(0)), where + ": starts with learning goals, not " + sections.get(0));
        assertTrue(sections.stream().filter(s -> s.startsWith(required.get(1))).count() >= 2, where + ": two scenarios at least");
        assertTrue(sections.containsAll(List.of(required.get(2), required.get(3))), where + ": checklist and check " + sections);
        assertEquals(required.get(4), sections.get(sections.size() - 1), where + ": ends with its sources");
        String sources = text.body().substring(text.body().lastIndexOf("## " + required.get(4)));
        assertTrue(sources.lines().filter(l -> l.startsWith("- ")).count() >= 2, where + ": lists its sources");

        assertTrue(text.questions().size() >= 5, where + ": at least five questions");
        for (Question question : text.questions()) {
            assertFalse(question.explanation().isBlank(), where + ": " + question.id() + " explains its answer");
            for (Option option : question.options()) {
                assertFalse(option.feedback().isBlank(), where + ": " + question.id() + " option " + option.index() + " has feedback");
            }
        }
    }

    private record H(int level, String text) {
    }

    private static List<H> headings(String markdown) {
        List<H> headings = new ArrayList<>();
        for (Node node : MARKDOWN.parse(markdown).getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(new H(heading.getLevel(), heading.getText().toString().strip()));
            }
        }
        return headings;
    }
}
