package dk.broer.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the course content has been loaded and checked. */
@Readiness
@ApplicationScoped
public class ContentHealth implements HealthCheck {

    @Inject
    ContentCatalogue content;

    @Override
    public HealthCheckResponse call() {
        if (!content.isLoaded()) {
            return HealthCheckResponse.down("content");
        }
        return HealthCheckResponse.named("content").up()
                .withData("modules", content.catalogue().modules().size())
                .withData("tracks", content.catalogue().tracks().size()).build();
    }
}
