package dk.broer.certification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues Broer's certificates, as printed on them and on the verification page
 * (broer.issuer.name). Frozen on each award when it is issued, so renaming the issuer later
 * changes no certificate already in someone's hands.
 */
@ApplicationScoped
public class Issuer {

    @Inject
    @ConfigProperty(name = "broer.issuer.name", defaultValue = "Københavns Kommunes inklusionsprogram")
    String name;

    public String name() {
        return name.strip();
    }
}
