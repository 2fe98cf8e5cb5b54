package dk.broer.privacy.boundary;

import dk.broer.people.boundary.Allowed;
import dk.broer.privacy.control.RetentionLog;
import dk.broer.privacy.control.RetentionRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

import static dk.broer.people.entity.Role.ADMIN;

/** An admin runs retention now, e.g. after shortening a period, rather than waiting for tomorrow's run. */
@Path("retention/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(ADMIN)
public class RetentionResource {

    public record Ran(Map<String, Integer> removed) {
    }

    @Inject
    RetentionRuns runs;

    @Inject
    RetentionLog log;

    @POST
    public Ran run() {
        Map<String, Integer> removed = runs.run();
        log.record(removed);
        return new Ran(removed);
    }
}
