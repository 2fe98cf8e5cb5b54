package dk.broer.people.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller of the current request, as the authentication mechanism found it; anonymous otherwise. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    public Caller get() {
        return request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller ? caller : Caller.ANONYMOUS;
    }
}
