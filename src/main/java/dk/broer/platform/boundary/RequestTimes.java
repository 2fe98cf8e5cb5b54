package dk.broer.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.io.IOException;
import java.time.Duration;

/**
 * How many API requests each operation had and how long they took, as one timer per route and
 * status class ({@code broer_requests_seconds_count{method="GET",route="/api/cohorts/{id}",status="2xx"}}).
 * Payara Micro 6 has no per-endpoint REST metrics of its own (MicroProfile Metrics' optional
 * REST.request timers are not there). Timed here, around the whole exchange, so that writing the
 * answer (a PDF, a CSV) counts too; the route comes from {@link Routes}, never from the URL.
 */
@WebFilter("/api/*")
public class RequestTimes extends HttpFilter {

    /**
     * The unit said out loud, or Payara prints raw nanoseconds beside a sum in seconds; its quantiles
     * are turned off in microprofile-config.properties (they come out unscaled even so).
     */
    static final Metadata REQUESTS = Metadata.builder().withName("broer.requests").withUnit(MetricUnits.NANOSECONDS)
            .withDescription("API requests by operation (route template) and status class, and how long they took").build();

    @Inject
    MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (request.getAttribute(Route.ATTRIBUTE) instanceof Route route) {
                int status = failed ? 500 : response.getStatus();
                registry.timer(REQUESTS, new Tag("method", route.method()), new Tag("route", route.template()),
                        new Tag("status", status / 100 + "xx")).update(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }
}
