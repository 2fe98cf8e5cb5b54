package dk.broer.content.control;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Flexmark, set up once for Broer's content: CommonMark plus tables and call-outs, raw HTML
 * escaped rather than passed through, links between modules resolved to the reader's language.
 * Parser and renderer are immutable and shared between threads.
 */
public final class Markdown {

    private static final String CHECK_PLACEHOLDER = "<section class=\"knowledge-check\" data-knowledge-check></section>";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
                .set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Renders a module or guide body. Module links become links to the module page in the
     * reader's language; relative image paths are served from {@code imageBase}.
     */
    public String render(String markdown, String language, String imageBase) {
        Document document = parse(markdown);
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                String url = image.getUrl().toString();
                if (url.startsWith(MarkdownChecks.IMAGE_FOLDER)) {
                    image.setUrl(BasedSequence.of(imageBase + url.substring(MarkdownChecks.IMAGE_FOLDER.length())));
                }
            } else if (node instanceof Link link) {
                String url = link.getUrl().toString();
                if (url.startsWith(MarkdownChecks.MODULE_LINK)) {
                    link.setUrl(BasedSequence.of(moduleHref(url.substring(MarkdownChecks.MODULE_LINK.length()), language)));
                }
            }
        }
        return renderer.render(document)
                .replace("<p>" + QuestionBlocks.MARKER + "</p>", CHECK_PLACEHOLDER);
    }

    /** Renders a short piece such as an answer option, without the paragraph around it. */
    public String renderInline(String markdown, String language) {
        String html = render(markdown, language, "").strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    static String moduleHref(String moduleId, String language) {
        return "module.html?id=" + URLEncoder.encode(moduleId, StandardCharsets.UTF_8) + "&lang=" + language;
    }
}
