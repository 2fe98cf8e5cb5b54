package dk.broer.content.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = markdown.render("Hello\n\n<script>alert(1)</script>\n\nand <b onclick=\"x()\">bold</b>", "en", "");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b "), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void moduleLinksGoToTheModulePageInTheReadersLanguage() {
        String html = markdown.render("See [the law](module:law-at-the-counter).", "da", "");
        assertTrue(html.contains("<a href=\"module.html?id=law-at-the-counter&amp;lang=da\">the law</a>"), html);
    }

    @Test
    void imagesAreServedFromTheModuleAndKeepTheirAltText() {
        String html = markdown.render("![A bus at a stop](images/bus.svg)", "en", "api/modules/on-the-bus/images/");
        assertTrue(html.contains("src=\"api/modules/on-the-bus/images/bus.svg\""), html);
        assertTrue(html.contains("alt=\"A bus at a stop\""), html);
    }

    @Test
    void tablesAndCallOutsRender() {
        String html = markdown.render("| A | B |\n|---|---|\n| 1 | 2 |\n\n!!! tip \"In practice\"\n    Stay calm.\n", "en", "");
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("<td>1</td>"), html);
        assertTrue(html.contains("adm-tip"), html);
        assertTrue(html.contains("In practice"), html);
        assertTrue(html.contains("Stay calm."), html);
    }

    @Test
    void headingsListsAndEmphasis() {
        String html = markdown.render("## Goals\n\n- one\n- **two**\n", "en", "");
        assertTrue(html.contains("<h2>Goals</h2>"), html);
        assertTrue(html.contains("<li><strong>two</strong></li>"), html);
    }

    @Test
    void knowledgeCheckMarkerBecomesThePlaceholder() {
        String html = markdown.render("Text\n\n" + QuestionBlocks.MARKER + "\n\nMore", "en", "");
        assertTrue(html.contains("<section class=\"knowledge-check\" data-knowledge-check></section>"), html);
        assertFalse(html.contains(QuestionBlocks.MARKER));
    }

    @Test
    void scriptLinksAreSuppressed() {
        String html = markdown.render("[click](javascript:alert(1))", "en", "");
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void inlineRenderingDropsTheParagraph() {
        assertEquals("Stop <em>safely</em>.", markdown.renderInline("Stop *safely*.", "en"));
    }
}
