package dk.broer.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Who is responsible for the processing (the data controller) and how to reach their data protection officer. */
@ApplicationScoped
class Controller {

    @Inject
    @ConfigProperty(name = "broer.privacy.controller", defaultValue = "Københavns Kommune")
    String name;

    @Inject
    @ConfigProperty(name = "broer.privacy.contact")
    Optional<String> contact;

    String name() {
        return name;
    }

    Optional<String> contact() {
        return contact;
    }
}
