package dk.broer.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An API operation as its route template says it, {@code GET /api/cohorts/{id}}: built from the
 * annotations, never from the URL a request came with, so no code, token or id in a path ever
 * reaches a metric. The same form as /openapi's paths and the authorisation table.
 */
public record Route(String method, String template) {

    /** The request attribute (JAX-RS request property) that carries the matched route to {@link RequestTimes}. */
    static final String ATTRIBUTE = Route.class.getName();

    private static final String ROOT = BroerApplication.class.getAnnotation(ApplicationPath.class).value();

    /** The route of a resource method, or empty for one that is no operation (no HTTP method on it). */
    public static Optional<Route> of(Class<?> resource, Method operation) {
        return Arrays.stream(operation.getAnnotations()).map(Route::httpMethod).flatMap(Optional::stream).findFirst()
                .map(method -> new Route(method, template(resource, operation)));
    }

    private static Optional<String> httpMethod(Annotation annotation) {
        return Optional.ofNullable(annotation.annotationType().getAnnotation(HttpMethod.class)).map(HttpMethod::value);
    }

    private static String template(Class<?> resource, Method operation) {
        String joined = Stream.of(ROOT, path(resource.getAnnotation(Path.class)), path(operation.getAnnotation(Path.class)))
                .flatMap(part -> Arrays.stream(part.split("/"))).filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        // {id: \d+} is {id} to a reader, as in /openapi.
        return joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
