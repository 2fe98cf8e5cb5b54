package dk.broer.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells {@link RequestTimes} which operation a request matched. The route is worked out once per
 * operation at start; the filter runs first after matching, so requests the access check or the
 * body cap refuse are timed under their route too. Requests that match nothing get no route: they
 * are not timed, since their method and path are whatever the sender made up.
 */
@Provider
public class Routes implements DynamicFeature {

    static final int ORDER = Priorities.AUTHENTICATION - 100;

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        if (info.getResourceClass().getName().startsWith("dk.broer.")) {
            Route.of(info.getResourceClass(), info.getResourceMethod()).ifPresent(route -> context.register(new Naming(route), ORDER));
        }
    }

    @Priority(ORDER)
    static final class Naming implements ContainerRequestFilter {

        private final Route route;

        Naming(Route route) {
            this.route = route;
        }

        /** In a servlet container request properties are the servlet request's attributes, which the timing filter reads. */
        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(Route.ATTRIBUTE, route);
        }
    }
}
