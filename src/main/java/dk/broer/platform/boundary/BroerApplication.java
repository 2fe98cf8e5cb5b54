package dk.broer.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All of Broer's JSON API lives under /api; the pages are static files calling it. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Broer", version = "1",
        description = "Course catalogue, cohorts and certificates for Copenhagen's inclusion programme"))
public class BroerApplication extends Application {

    /** No machine-generated WADL description beside the OpenAPI one. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
