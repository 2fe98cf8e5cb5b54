package dk.broer.content.boundary;

import dk.broer.content.control.BrokenContentException;
import dk.broer.content.control.ContentLoader;
import dk.broer.content.control.ContentProblem;
import dk.broer.content.control.Markdown;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Guide;
import dk.broer.content.entity.Module;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The course content Broer serves. Loaded and checked once at start: with any problem, every
 * problem is logged and the application does not start, so a bad deploy never replaces a good one.
 */
@ApplicationScoped
public class ContentCatalogue {

    /** After the schema is migrated, before demo data is added. */
    public static final int LOAD_ORDER = 200;

    private static final Logger LOG = Logger.getLogger(ContentCatalogue.class.getName());

    @Inject
    @ConfigProperty(name = "broer.content.dir")
    Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = "broer.exit-on-broken-content", defaultValue = "true")
    boolean exitOnBrokenContent;

    private final Markdown markdown = new Markdown();
    private final Map<String, String> renderedHtml = new ConcurrentHashMap<>();
    private final Map<String, Serialised> serialised = new ConcurrentHashMap<>();
    private volatile Catalogue catalogue;

    void load(@Observes @Priority(LOAD_ORDER) @Initialized(ApplicationScoped.class) ServletContext context) {
        Path root = contentDir.map(Path::of).orElseGet(() -> Path.of(context.getRealPath("/WEB-INF/content")));
        try {
            catalogue = ContentLoader.load(root, markdown);
            LOG.info(() -> "Content loaded from " + root + ": " + catalogue.modules().size() + " modules, "
                    + catalogue.tracks().size() + " tracks");
        } catch (BrokenContentException e) {
            refuseToStart(e.problems().stream().map(ContentProblem::toString).toList());
            throw e;
        }
    }

    /**
     * Logs every problem and ends the process: Broer does not run with content that is broken or
     * that no longer holds what the database refers to, so a bad deploy never replaces a good one.
     */
    public void refuseToStart(java.util.List<String> problems) {
        problems.forEach(LOG::severe);
        LOG.severe(() -> problems.size() + " content problem(s): Broer does not start with broken content.");
        if (exitOnBrokenContent) {
            // Payara Micro would stay up without the app and look alive to a load balancer;
            // Broer runs alone in its runtime, so ending the process is the honest answer. From
            // another thread: exiting on this one deadlocks with the deployment it is inside.
            new Thread(() -> System.exit(3), "broer-broken-content").start();
        }
    }

    public boolean isLoaded() {
        return catalogue != null;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public String html(Guide guide) {
        return renderedHtml.computeIfAbsent("guide:" + guide.trackId() + "/" + guide.language(),
                key -> markdown.render(guide.body(), guide.language(), ""));
    }

    /** Module HTML is rendered once per module, version and language, then served from memory. */
    public String html(Module module, String language) {
        return cached(module, language, "body", () ->
                markdown.render(module.in(language).body(), language, "api/modules/" + module.id() + "/images/"));
    }

    /** A knowledge-check fragment (prompt, option, feedback, explanation), cached like the body. */
    public String fragment(Module module, String language, String part, String text, boolean inline) {
        return cached(module, language, part, () ->
                inline ? markdown.renderInline(text, language) : markdown.render(text, language, ""));
    }

    /**
     * A view of content, serialised to JSON once per module, version and language. Content does
     * not change while Broer runs, and writing a module's 16 kB of escaped HTML to JSON was a
     * third of the CPU of every module view (see bench/learning-day.sh).
     */
    public Serialised json(Module module, String language, String part, Supplier<Object> view) {
        return serialised.computeIfAbsent(module.id() + "@" + module.version() + "/" + language + "/" + part,
                key -> Serialised.of(Json.BINDING.toJson(view.get())));
    }

    /** Made on first use (the runtime's JSON-B, the same Jersey writes with), not when the class loads. */
    private static final class Json {
        static final Jsonb BINDING = JsonbBuilder.create();
    }

    /** JSON bytes and a tag that names them, for conditional requests. */
    public record Serialised(byte[] bytes, String tag) {

        static Serialised of(String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return new Serialised(bytes, Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }

    private String cached(Module module, String language, String part, Supplier<String> render) {
        return renderedHtml.computeIfAbsent(module.id() + "@" + module.version() + "/" + language + "/" + part,
                key -> render.get());
    }
}
