package dk.broer.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Serves every page (and the short addresses /join/&lt;code&gt;, /resume, /verify/&lt;code&gt; and /answer) in one shared frame (WEB-INF/shell.html): head, header with the menu the
 * caller's roles allow, footer, and the page's own &lt;main&gt; from WEB-INF/pages. The frame is
 * rendered with the page in the reader's language, so nothing moves when scripts start (no layout
 * shift), and no page repeats the frame. A page for staff sends the anonymous to sign in, and
 * answers 403 to whoever lacks the role; the API behind it checks again, so this is a courtesy,
 * not the guard.
 */
@WebServlet(name = "pages", urlPatterns = {"", "*.html", "/join/*", "/resume", "/verify/*", "/answer"})
public class PageShell extends HttpServlet {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{(\\w+)}}}|\\{\\{(t:)?([\\w.]+)}}");
    private static final Pattern STATIC_TEXT = Pattern.compile("(<[a-z0-9]+\\b[^>]*\\bdata-i18n=\"([\\w.-]+)\"[^>]*>)([^<]*)(</)");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("da", "Dansk", "en", "English");

    private transient Map<String, PageFile> pages;
    private transient String shell;
    private transient UiTexts texts;

    @Override
    public void init() {
        shell = read("/WEB-INF/shell.html");
        texts = new UiTexts(getServletContext()::getResourceAsStream);
        Set<String> files = getServletContext().getResourcePaths("/WEB-INF/pages/");
        Map<String, PageFile> loaded = new LinkedHashMap<>();
        for (String path : files == null ? Set.<String>of() : files) {
            if (path.endsWith(".html")) {
                String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".html".length());
                loaded.put(name, PageFile.parse(name, read(path)));
            }
        }
        pages = Collections.unmodifiableMap(loaded);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String name = pageName(request);
        PageFile page = pages.get(name);
        int status = HttpServletResponse.SC_OK;
        if (page == null || name.equals("404")) {
            page = pages.get("404");
            status = HttpServletResponse.SC_NOT_FOUND;
        } else if (!mayOpen(page, request)) {
            if (request.getUserPrincipal() == null) {
                String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/sign-in.html?next="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            page = pages.get("403");
            status = HttpServletResponse.SC_FORBIDDEN;
        }
        // getLocales() falls back to the server's locale when the browser sends none: Danish is ours.
        String language = UiTexts.choose(request.getParameter("lang"), cookie(request, UiTexts.COOKIE),
                request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales()));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, private");
        response.setHeader("Vary", "Cookie, Accept-Language");
        response.setHeader("Content-Language", language);
        response.getWriter().write(render(page, request, language));
    }

    private String render(PageFile page, HttpServletRequest request, String language) {
        Map<String, String> values = Map.of(
                "lang", language,
                "dir", "ltr",
                "title", text(language, page.titleKey()) + " – " + text(language, "site.name"),
                "base", request.getContextPath() + "/",
                "script", page.script(),
                "page", page.name());
        Map<String, String> raw = Map.of(
                "languages", languageButtons(language),
                "nav", nav(page, request, language),
                "main", translated(page.main(), language),
                "a11yCurrent", page.name().equals("accessibility") ? " aria-current=\"page\"" : "");
        Matcher m = PLACEHOLDER.matcher(shell);
        StringBuilder out = new StringBuilder(shell.length() + page.main().length() + 512);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = raw.get(m.group(1));
            } else if (m.group(2) != null) {
                replacement = escape(text(language, m.group(3)));
            } else {
                replacement = escape(values.get(m.group(3)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The menu: every page with a nav order that this caller may open, then sign in or out. */
    private String nav(PageFile current, HttpServletRequest request, String language) {
        StringBuilder items = new StringBuilder();
        pages.values().stream().filter(p -> p.navOrder() != null).filter(p -> mayOpen(p, request))
                .sorted(Comparator.comparing(PageFile::navOrder)).forEach(p -> items
                        .append("<li><a href=\"").append(p.name()).append(".html\" data-i18n=\"").append(p.titleKey())
                        .append('"').append(p.name().equals(current.name()) ? " aria-current=\"page\"" : "").append('>')
                        .append(escape(text(language, p.titleKey()))).append("</a></li>"));
        if (request.getUserPrincipal() == null) {
            items.append("<li><a href=\"sign-in.html\" data-i18n=\"nav.signIn\"")
                    .append(current.name().equals("sign-in") ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(text(language, "nav.signIn"))).append("</a></li>");
        } else {
            items.append("<li><button type=\"button\" class=\"nav-button\" data-sign-out data-i18n=\"nav.signOut\">")
                    .append(escape(text(language, "nav.signOut"))).append("</button></li>");
        }
        return items.toString();
    }

    private static String languageButtons(String language) {
        return UiTexts.LANGUAGES.stream().map(code -> "<button type=\"button\" class=\"lang-switch__button\" data-lang=\""
                + code + "\" lang=\"" + code + "\" aria-pressed=\"" + code.equals(language) + "\">"
                + LANGUAGE_NAMES.get(code) + "</button>").collect(Collectors.joining());
    }

    /** Static texts of a page (elements with data-i18n) arrive in the reader's language. */
    private String translated(String main, String language) {
        Matcher m = STATIC_TEXT.matcher(main);
        StringBuilder out = new StringBuilder(main.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + escape(text(language, m.group(2))) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean mayOpen(PageFile page, HttpServletRequest request) {
        PageFile.Access access = page.access();
        if (access.isPublic()) {
            return true;
        }
        if (request.getUserPrincipal() == null) {
            return false;
        }
        return access.kind().equals("signed-in") || access.roles().stream().anyMatch(request::isUserInRole);
    }

    private static String pageName(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return "404";
        }
        String path = request.getServletPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "index";
        }
        // Addresses printed on slides, slips, certificates and posters: /join/K7QX-M4TD-9PRW, /resume#code,
        // /verify/K7QXM-4TD9P, /answer#token.
        if (path.equals("/join") || path.equals("/resume") || path.equals("/verify") || path.equals("/answer")) {
            return path.substring(1);
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        return path.lastIndexOf('/') == 0 && file.endsWith(".html") ? file.substring(0, file.length() - 5) : "404";
    }

    private String text(String language, String key) {
        return texts.text(language, key);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String read(String path) {
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
