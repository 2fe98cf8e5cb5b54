package dk.broer.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The public address (broer.base-url). Everything printed, logged or signed (links, QR codes,
 * credential ids) is built from it, never from the Host of a request; the cross-site check
 * compares a request's Origin with it.
 */
@ApplicationScoped
public class BaseUrl {

    @Inject
    @ConfigProperty(name = "broer.base-url", defaultValue = "http://localhost:8080")
    String configured;

    /** Without a trailing slash, e.g. https://broer.example.org */
    public String value() {
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** scheme://host[:port], as browsers write it in the Origin header. */
    public String origin() {
        return originOf(value());
    }

    public boolean isHttps() {
        return value().startsWith("https:");
    }

    /** An address under the base, e.g. link("password.html#" + token). */
    public String link(String path) {
        return value() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    static String originOf(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
                || ("http".equals(uri.getScheme()) && port == 80);
        return uri.getScheme() + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
    }
}
