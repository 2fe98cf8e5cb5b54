package dk.broer.system;

import dk.broer.content.control.ContentLoader;
import dk.broer.content.control.Markdown;
import dk.broer.content.entity.Catalogue;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.nio.file.Path;

/**
 * What the system tests share: the packaged WAR, deployed as it would be in production, and the
 * content it serves, read directly from disk as the oracle the API's answers are checked against.
 */
final class Broer {

    private Broer() {
    }

    /** The WAR `mvn package` built; named ROOT so it runs at "/" as in production. */
    static WebArchive war() {
        File war = new File(System.getProperty("broer.war", "target/ROOT.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    static Catalogue content() {
        String dir = System.getProperty("it.content.dir", "");
        return ContentLoader.load(Path.of(dir.isBlank() ? "content" : dir), new Markdown());
    }
}
