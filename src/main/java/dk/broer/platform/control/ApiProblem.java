package dk.broer.platform.control;

import java.util.List;

/**
 * A problem the caller can act on: something not found, or input that is wrong. It carries
 * message keys, not sentences, so the one error mapper can say it in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String key;
    private final transient List<Object> args;
    private final transient List<FieldError> fieldErrors;

    private ApiProblem(int status, String key, List<Object> args, List<FieldError> fieldErrors) {
        super(key + " " + args + " " + fieldErrors);
        this.status = status;
        this.key = key;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiProblem notFound(String key, Object... args) {
        return new ApiProblem(404, key, List.of(args), List.of());
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "problem.invalid", List.of(), errors);
    }

    public static ApiProblem invalid(FieldError error) {
        return invalid(List.of(error));
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
}
