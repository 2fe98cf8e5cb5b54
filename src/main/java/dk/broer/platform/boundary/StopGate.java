package dk.broer.platform.boundary;

import dk.broer.platform.control.InFlight;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Holds a stop until the requests in flight are answered. On SIGTERM Payara takes the application
 * down servlet by servlet, in the order they were added, giving each one's running calls only about
 * 2 s: a write slower than that (a busy machine) would commit and then be answered 500 once the
 * JAX-RS servlet is gone. This servlet is declared, so it comes before the JAX-RS servlet that
 * Jersey adds at start, and its destroy waits for every request counted by RequestsInFlight
 * (InFlight's grace at most) before the JAX-RS servlet is touched. It answers no request itself.
 */
@WebServlet(urlPatterns = "/.stop-gate", loadOnStartup = 1)
public class StopGate extends HttpServlet {

    @Inject
    InFlight inFlight;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    public void destroy() {
        inFlight.drain();
    }
}
