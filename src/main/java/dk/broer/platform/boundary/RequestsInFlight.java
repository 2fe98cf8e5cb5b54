package dk.broer.platform.boundary;

import dk.broer.platform.control.InFlight;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;

/** Counts every request in and out (InFlight), so that a stop waits for them; refuses new ones once Broer is stopping. */
@WebFilter("/*")
public class RequestsInFlight extends HttpFilter {

    @Inject
    InFlight inFlight;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!inFlight.enter()) {
            String language = LanguageChoice.lenient(null, Collections.list(request.getLocales()), Messages.LANGUAGES);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank").add("status", 503)
                    .add("title", Messages.text(language, "problem.503"))
                    .add("detail", Messages.text(language, "problem.503.detail")).build().toString());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.leave();
        }
    }
}
