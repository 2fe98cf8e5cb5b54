package dk.broer.platform.boundary;

import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers: problem details in the caller's language,
 * naming the fields at fault. A stack trace goes to the log, never to the user.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        String language = language();
        Problem problem;
        ApiProblem tooLarge = bodyTooLarge(exception);
        if (tooLarge != null) {
            exception = tooLarge;
        }
        if (exception instanceof ApiProblem api) {
            problem = fromApi(api, language);
        } else if (exception instanceof ConstraintViolationException invalid) {
            problem = new Problem("about:blank", Messages.text(language, "problem.400"), 400,
                    Messages.text(language, "problem.invalid"), invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldMessage(v.getPropertyPath().toString(), v.getMessage())).toList());
        } else if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            problem = generic(web.getResponse().getStatus(), language);
        } else if (exception instanceof JsonbException || exception instanceof ProcessingException) {
            problem = new Problem("about:blank", Messages.text(language, "problem.400"), 400,
                    Messages.text(language, "problem.body"), List.of());
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident, exception);
            problem = new Problem("about:blank", Messages.text(language, "problem.500"), 500,
                    Messages.text(language, "problem.500.detail", incident), List.of());
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, language);
        if (exception instanceof ApiProblem api) {
            api.headers().forEach(response::header);
        }
        return response.build();
    }

    /** A body cut off at its cap surfaces wrapped in whatever the JSON reader threw. */
    private static ApiProblem bodyTooLarge(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BodyLimits.TooLarge tooLarge) {
                return tooLarge.problem();
            }
        }
        return null;
    }

    private static Problem fromApi(ApiProblem api, String language) {
        List<Problem.FieldMessage> fields = api.fieldErrors().stream()
                .map(e -> new Problem.FieldMessage(e.field(), Messages.text(language, e.key(), e.args().toArray())))
                .toList();
        String detail = fields.size() == 1 ? fields.get(0).message() : Messages.text(language, api.key(), api.args().toArray());
        return new Problem("about:blank", Messages.text(language, api.titleKey()), api.status(), detail, fields);
    }

    private static Problem generic(int status, String language) {
        String title = Messages.text(language, "problem." + status);
        if (title.equals("problem." + status)) {
            title = Messages.text(language, "problem.400");
        }
        String detail = Messages.text(language, "problem." + status + ".detail");
        if (detail.equals("problem." + status + ".detail")) {
            detail = Messages.text(language, "problem.invalid");
        }
        return new Problem("about:blank", title, status, detail, List.of());
    }

    private String language() {
        String lang = uri == null ? null : uri.getQueryParameters().getFirst("lang");
        List<java.util.Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return LanguageChoice.lenient(lang, accepted, Messages.LANGUAGES);
    }
}
