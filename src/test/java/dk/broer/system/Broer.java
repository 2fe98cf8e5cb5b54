package dk.broer.system;

import dk.broer.content.control.ContentLoader;
import dk.broer.content.control.Markdown;
import dk.broer.content.entity.Catalogue;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.nio.file.Path;

/**
 * What the system tests share: the packaged WAR, deployed as it would be in production, the
 * address it runs at (the port the build reserved, which is also its broer.base-url), and the
 * content it serves, read directly from disk as the oracle the API's answers are checked against.
 */
final class Broer {

    /** Every demo account's password (README). */
    static final String DEMO_PASSWORD = "broer-demo-2026";

    private Broer() {
    }

    /** The WAR `mvn package` built; named ROOT so it runs at "/" as in production. */
    static WebArchive war() {
        File war = new File(System.getProperty("broer.war", "target/ROOT.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** http://localhost:<it.port>/, the server's own broer.base-url. */
    static String base() {
        return "http://localhost:" + System.getProperty("it.port", "8080") + "/";
    }

    static Path logDir() {
        return Path.of(System.getProperty("it.log.dir", "target"));
    }

    static Catalogue content() {
        String dir = System.getProperty("it.content.dir", "");
        return ContentLoader.load(Path.of(dir.isBlank() ? "content" : dir), new Markdown());
    }

    /** A browser-like client with nobody signed in. */
    static Http anonymous() {
        return new Http(base());
    }

    /** A client signed in as a demo or test account. */
    static Http signedIn(String username, String password) {
        Http http = anonymous();
        Http.Reply reply = http.post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + reply);
        }
        return http;
    }

    static Http demo(String username) {
        return signedIn(username, DEMO_PASSWORD);
    }
}
