package dk.broer.system;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Module;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Question;
import dk.broer.content.entity.Track;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journeys users take, in headless Chromium at 360 px: a learner's catalogue, language switch,
 * module and knowledge check here; staff journeys in the interfaces. Every page visited is scanned
 * by axe-core, checked for sideways scrolling and for layout shift. One deployment for them all.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT implements StaffJourneys, CohortJourneys, ImportJourneys, LearningJourneys, MatrixJourneys, CertificateJourneys,
        ConsultantJourneys, EvaluationJourneys, ReachJourneys, PrivacyJourneys {

    private static final Catalogue CONTENT = Broer.content();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Broer.war();
    }

    /** The server's own base URL (localhost and the reserved port), as a user would type it. */
    private final String base = Broer.base();

    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("da");
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Override
    public String base() {
        return base;
    }

    @Override
    public Browser browser() {
        return browser;
    }

    @Override
    public Browser freshBrowser(String language) {
        return new Browser(language);
    }

    @Test
    void learnerReadsAModuleInEitherLanguageAndAnswersItsCheck() {
        browser.open(base + "index.html");
        Module first = CONTENT.modules().iterator().next();
        browser.until(d -> d.getPageSource().contains(first.in("da").title()));
        assertEquals("da", browser.script("return document.documentElement.lang"));
        browser.assertGoodPage("catalogue (da)");

        browser.find(By.cssSelector("[data-lang='en']")).click();
        browser.until(d -> "en".equals(browser.script("return document.documentElement.lang"))
                && d.getPageSource().contains(first.in("en").title()));
        browser.assertAccessible("catalogue (en)");

        Module module = CONTENT.modules().stream().filter(m -> !m.in("en").questions().isEmpty()).findFirst().orElseThrow();
        browser.find(By.cssSelector("a[href^='module.html?id=" + module.id() + "']")).click();
        ModuleText text = module.in("en");
        browser.until(d -> text.title().equals(d.findElement(By.cssSelector("main#main h1")).getText()));
        WebElement form = browser.find(By.cssSelector("form.knowledge-check-form"));
        browser.assertGoodPage("module (en)");

        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = browser.find(By.cssSelector("[data-check-result]"));
        browser.until(d -> !result.getText().isBlank());
        assertTrue(browser.driver().getPageSource().contains("Answer this question."), "unanswered questions are named");
        browser.assertAccessible("module with unanswered questions");

        for (Question question : text.questions()) {
            for (int index : question.correctOptions()) {
                browser.find(By.cssSelector("fieldset[data-question='" + question.id() + "'] input[value='" + index + "']")).click();
            }
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        int total = text.questions().size();
        browser.until(d -> result.getText().contains(total + " of " + total));
        Question q = text.questions().get(0);
        browser.until(d -> d.findElement(By.cssSelector("fieldset[data-question='" + q.id() + "']")).getText()
                .contains(firstWords(q.explanation())));
        browser.assertAccessible("module with marked answers");

        browser.driver().navigate().refresh();
        browser.until(d -> text.title().equals(d.findElement(By.cssSelector("main#main h1")).getText()));
        assertEquals("en", browser.script("return document.documentElement.lang"), "the language choice is remembered");
    }

    @Test
    void wrongAnswersShowTheFeedbackButNotTheRightOptions() {
        Module module = CONTENT.modules().stream().filter(m -> !m.in("da").questions().isEmpty()).findFirst().orElseThrow();
        ModuleText text = module.in("da");
        browser.open(base + "module.html?id=" + module.id() + "&lang=da");
        WebElement form = browser.find(By.cssSelector("form.knowledge-check-form"));
        for (Question question : text.questions()) {
            int wrong = question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().index();
            browser.find(By.cssSelector("fieldset[data-question='" + question.id() + "'] input[value='" + wrong + "']")).click();
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = browser.find(By.cssSelector("[data-check-result]"));
        browser.until(d -> result.getText().contains("0 af " + text.questions().size()));
        assertTrue(result.getText().contains("Ikke bestået endnu"), result.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector(".kc-option--correct")).size(), "no right option is shown");
        assertFalse(browser.driver().getPageSource().contains("Rigtigt svar"), "no 'correct answer' badge");
        assertEquals(0, browser.driver().findElements(By.cssSelector(".kc-explanation:not([hidden])")).size());
        browser.assertAccessible("module with wrong answers (da)");
    }

    @Test
    void tracksShowTheirRulesAndGuide() {
        Track track = CONTENT.tracks().stream().filter(Track::hasGuide).findFirst().orElseThrow();
        browser.open(base + "track.html?id=" + track.id() + "&lang=en");
        browser.until(d -> track.title().in("en").equals(d.findElement(By.cssSelector("main#main h1")).getText()));
        String firstModule = CONTENT.module(track.moduleIds().get(0)).orElseThrow().in("en").title();
        browser.until(d -> d.getPageSource().contains(firstModule));
        browser.find(By.cssSelector("details summary")).click();
        browser.until(d -> d.findElement(By.cssSelector("details")).getAttribute("open") != null);
        browser.assertFitsThePhone("track");
        browser.assertAccessible("track with guide open");
        browser.assertStable("track");
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        browser.open(base + "index.html?lang=en");
        browser.find(By.cssSelector("main#main h1"));
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("#main", focused.getAttribute("href").replaceFirst("^.*(#main)$", "$1"));
        browser.open(base + "accessibility.html?lang=da");
        browser.find(By.cssSelector("main#main h1"));
        browser.assertAccessible("accessibility statement");
    }

    @Test
    void unknownModulesAndPagesShowAClearMessage() {
        browser.open(base + "module.html?id=no-such-module&lang=en");
        WebElement alert = browser.find(By.cssSelector("[role=alert]"));
        browser.until(d -> alert.getText().contains("no-such-module"));
        browser.assertAccessible("unknown module");

        browser.open(base + "no/such/page?lang=da");
        WebElement missing = browser.find(By.cssSelector("[role=alert]"));
        browser.until(d -> missing.getText().contains("Der er ingen side på denne adresse"));
        browser.assertAccessible("missing page");
    }

    private static String firstWords(String markdown) {
        String plain = markdown.replaceAll("[*_`\\[\\]]", "");
        return plain.length() > 25 ? plain.substring(0, 25) : plain;
    }
}
