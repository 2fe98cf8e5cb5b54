package dk.broer.people.boundary;

import dk.broer.people.control.Caller;
import dk.broer.people.control.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Broer's Jakarta Security authentication mechanism: on every request it turns the session
 * cookie into the caller (staff with their roles, or a learner) and tells the container. It
 * knows nothing of passwords or codes: those only start sessions (SignInResource, later resume
 * codes and OpenID Connect), so every way in ends in the same kind of session.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    @Inject
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Caller caller = cookie.read(request).flatMap(sessions::check).orElse(Caller.ANONYMOUS);
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return caller.signedIn()
                ? context.notifyContainerAboutLogin(caller.principalName(), caller.groups())
                : context.doNothing();
    }
}
