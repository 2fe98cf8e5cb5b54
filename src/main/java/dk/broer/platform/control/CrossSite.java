package dk.broer.platform.control;

import java.util.Set;

/**
 * Which requests may change data, judged by where the browser says they come from. A
 * state-changing request (POST, PUT, PATCH, DELETE) is refused when its Origin is another site
 * than Broer's base URL; and when it carries a session cookie it must prove its origin (Origin,
 * or Referer when a browser leaves Origin out), so a forged form post can't ride on a session.
 * Requests without a cookie and without Origin are scripts and tools, not browsers: allowed.
 */
public final class CrossSite {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSite() {
    }

    public static boolean allowed(String method, String origin, String referer, boolean withSessionCookie,
                                  String baseOrigin) {
        if (SAFE.contains(method)) {
            return true;
        }
        if (origin != null && !origin.isBlank()) {
            return origin.strip().equalsIgnoreCase(baseOrigin);
        }
        if (referer != null && !referer.isBlank()) {
            return referer.startsWith(baseOrigin + "/") || referer.equalsIgnoreCase(baseOrigin);
        }
        return !withSessionCookie;
    }
}
