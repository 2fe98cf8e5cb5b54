package dk.broer.platform.boundary;

import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.CrossSite;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Cross-site request forgery is refused by checking Origin (see {@link CrossSite}) on every
 * state-changing API request, before anything else. The session cookie is also SameSite=Lax,
 * but SameSite alone trusts every subdomain of a site; the Origin check does not.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteGuard implements ContainerRequestFilter {

    @Inject
    BaseUrl baseUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean withCookie = request.getCookies().keySet().stream().anyMatch(name -> name.contains("broer-session"));
        if (!CrossSite.allowed(request.getMethod(), request.getHeaderString("Origin"),
                request.getHeaderString("Referer"), withCookie, baseUrl.origin())) {
            throw ApiProblem.of(403, "problem.crossSite");
        }
    }
}
