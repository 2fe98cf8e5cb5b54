package dk.broer.content.control;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed Markdown body for what would show broken or unsafe: skipped heading levels,
 * images without alt text or file, links to missing modules, raw HTML, unknown call-outs.
 */
final class MarkdownChecks {

    static final String MODULE_LINK = "module:";
    static final String IMAGE_FOLDER = "images/";

    private static final Set<String> CALL_OUTS = Set.of("note", "tip", "warning", "example");
    private static final Pattern IMAGE_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpg|jpeg|webp)$");

    private final SourceFile file;
    private final int firstLine;
    private final ContentProblems problems;

    /** @param firstLine the file line (1-based) the Markdown body starts on */
    MarkdownChecks(SourceFile file, int firstLine, ContentProblems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** The heading levels in order, so two languages of a module can be compared section by section. */
    static List<Integer> headingLevels(Document document) {
        List<Integer> levels = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                levels.add(heading.getLevel());
            }
        }
        return levels;
    }

    void check(Document document, Set<String> moduleIds, Path folder) {
        int previousLevel = 1;
        for (Node node : document.getDescendants()) {
            int line = firstLine + node.getStartLineNumber();
            if (node instanceof Heading heading) {
                previousLevel = heading(heading, previousLevel, line);
            } else if (node instanceof Image image) {
                image(image, folder, line);
            } else if (node instanceof Link link) {
                link(link.getUrl().toString(), moduleIds, line);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline
                    || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                problems.add(file, line, "raw HTML is not allowed: '" + abbreviate(node.getChars().toString()) + "'");
            } else if (node instanceof AdmonitionBlock callOut) {
                String kind = callOut.getInfo().toString();
                if (!CALL_OUTS.contains(kind)) {
                    problems.add(file, line, "unknown call-out '" + kind + "'; use one of " + CALL_OUTS);
                }
            }
        }
    }

    private int heading(Heading heading, int previousLevel, int line) {
        int level = heading.getLevel();
        if (level == 1) {
            problems.add(file, line, "use '##' for sections: the title comes from the front matter");
        } else if (level > previousLevel + 1) {
            problems.add(file, line, "heading skips a level: '" + "#".repeat(level) + "' after '" + "#".repeat(previousLevel) + "'");
        }
        return level;
    }

    /** @param folder where the images/ folder is, or null where images are not served (guides) */
    private void image(Image image, Path folder, int line) {
        String url = image.getUrl().toString();
        if (folder == null) {
            problems.add(file, line, "images are not supported here; describe it in words");
            return;
        }
        if (image.getText().isBlank()) {
            problems.add(file, line, "image '" + url + "' has no alt text: describe what it shows in ![...]");
        }
        String name = url.startsWith(IMAGE_FOLDER) ? url.substring(IMAGE_FOLDER.length()) : "";
        if (!IMAGE_NAME.matcher(name).matches()) {
            problems.add(file, line, "image '" + url + "' must be a file in the images/ folder (svg, png, jpg or webp)");
        } else if (!Files.isRegularFile(folder.resolve(IMAGE_FOLDER).resolve(name))) {
            problems.add(file, line, "image file '" + url + "' does not exist");
        }
    }

    private void link(String url, Set<String> moduleIds, int line) {
        if (url.startsWith(MODULE_LINK)) {
            String target = url.substring(MODULE_LINK.length());
            if (!moduleIds.contains(target)) {
                problems.add(file, line, "link to unknown module '" + target + "'");
            }
        } else if (url.startsWith("http://")) {
            problems.add(file, line, "link '" + url + "' must use https");
        } else if (!(url.startsWith("https://") || url.startsWith("mailto:") || url.startsWith("#"))) {
            problems.add(file, line, "link '" + url + "' is not allowed; use 'module:<id>', 'https://...' or 'mailto:'");
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
