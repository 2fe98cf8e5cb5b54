package dk.broer.people.control;

import dk.broer.people.entity.LinkPurpose;
import dk.broer.platform.control.DemoData;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A fresh installation has no password anywhere: the only way in is the one-time setup link
 * this logs at start when no active admin has a password (valid 24 h, usable once; each start
 * makes a new one and voids the last). An operator whose admins are all locked out starts Broer
 * once with broer.setup-link=true to get a new link that creates a new admin. With
 * broer.setup-link.file set, the link is also written to that file (owner-only).
 */
@ApplicationScoped
public class SetupLink {

    /** After demo data, which in demo mode brings its own admin. */
    public static final int ORDER = DemoData.ORDER + 100;
    private static final Logger LOG = Logger.getLogger(SetupLink.class.getName());

    @Inject
    StaffAccounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "broer.setup-link", defaultValue = "false")
    boolean forced;

    /** Where else to put the link, readable by its owner only: for installs whose logs are hard to reach. */
    @Inject
    @ConfigProperty(name = "broer.setup-link.file")
    Optional<String> file;

    @Transactional
    void offer(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object started) {
        if (!forced && accounts.activeAdminsWithPassword() > 0) {
            return;
        }
        AccountLinks.Issued link = links.issue(LinkPurpose.SETUP, null);
        audit.recordBySystem("staff.setup-link", "setup", null, forced ? "forced by broer.setup-link" : "no admin yet");
        String why = forced ? "been asked for a new setup link" : "no admin yet";
        if (file.isPresent()) {
            // A link that signs someone in stays out of the log when it has a place of its own.
            write(Path.of(file.get()), link.url());
            LOG.warning(() -> "Broer has " + why + ". The setup link (valid 24 hours, works once) is in " + file.get());
        } else {
            LOG.warning(() -> "\n\n  Broer has " + why
                    + ". Open this link within 24 hours to create the first admin account (it works once):\n\n  "
                    + link.url() + "\n");
        }
    }

    private static void write(Path path, String url) {
        try {
            Files.deleteIfExists(path);
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, url + "\n");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(() -> "Could not write the setup link to " + path + ": " + e.getMessage());
        }
    }
}
