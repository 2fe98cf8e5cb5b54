package dk.broer.platform.control;

import java.util.List;
import java.util.Map;

/**
 * A problem the caller can act on: something not found, input that is wrong, a request they may
 * not make. It carries message keys, not sentences, so the one error mapper can say it in the
 * caller's language.
 */
public class ApiProblem extends RuntimeException {

    /** One answer lists at most this many field errors: a hostile body must not get a huge reply. */
    public static final int MAX_FIELD_ERRORS = 20;

    private final int status;
    private final String key;
    private final transient List<Object> args;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, String> headers;
    private final String titleKey;

    private ApiProblem(int status, String key, List<Object> args, List<FieldError> fieldErrors, Map<String, String> headers) {
        this(status, key, args, fieldErrors, headers, "problem." + status);
    }

    private ApiProblem(int status, String key, List<Object> args, List<FieldError> fieldErrors, Map<String, String> headers,
                       String titleKey) {
        super(key + " " + args + " " + fieldErrors);
        this.status = status;
        this.key = key;
        this.args = args;
        this.fieldErrors = capped(fieldErrors);
        this.headers = Map.copyOf(headers);
        this.titleKey = titleKey;
    }

    /** The same problem under a title of its own, where the status's general title would mislead. */
    public ApiProblem titled(String key) {
        return new ApiProblem(status, this.key, args, fieldErrors, headers, key);
    }

    public static ApiProblem of(int status, String key, Object... args) {
        return new ApiProblem(status, key, List.of(args), List.of(), Map.of());
    }

    public static ApiProblem notFound(String key, Object... args) {
        return of(404, key, args);
    }

    public static ApiProblem conflict(String key, Object... args) {
        return of(409, key, args);
    }

    /** Not signed in (401), or signed in without the right (403). */
    public static ApiProblem unauthorized() {
        return of(401, "problem.401.detail");
    }

    public static ApiProblem forbidden() {
        return of(403, "problem.403.detail");
    }

    /** Too many failed attempts: try again after the given number of seconds. */
    public static ApiProblem throttled(long retryAfterSeconds) {
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        return new ApiProblem(429, "problem.429.detail", List.of(minutes), List.of(),
                Map.of("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds))));
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "problem.invalid", List.of(), errors, Map.of());
    }

    public static ApiProblem invalid(FieldError error) {
        return invalid(List.of(error));
    }

    /** Several errors of one field (a conflict on a unique name, say) with a status other than 400. */
    public static ApiProblem field(int status, FieldError error) {
        return new ApiProblem(status, "problem.invalid", List.of(), List.of(error), Map.of());
    }

    private static List<FieldError> capped(List<FieldError> errors) {
        if (errors.size() <= MAX_FIELD_ERRORS) {
            return List.copyOf(errors);
        }
        List<FieldError> first = new java.util.ArrayList<>(errors.subList(0, MAX_FIELD_ERRORS - 1));
        first.add(FieldError.of("", "problem.moreErrors", errors.size() - first.size()));
        return List.copyOf(first);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String titleKey() {
        return titleKey;
    }
}
