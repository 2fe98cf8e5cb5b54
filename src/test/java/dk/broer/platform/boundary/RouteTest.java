package dk.broer.platform.boundary;

import dk.broer.certification.boundary.VerifyResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes request metrics are labelled with: templates from the annotations, in /openapi's form. */
class RouteTest {

    @Path("/things/{id: \\d+}/")
    static class Things {

        @GET
        public String one() {
            return "";
        }

        @POST
        @Path("/{part : [a-z]+}/parts")
        public String part() {
            return "";
        }

        @Path("sub")
        public Object locator() {
            return null;
        }
    }

    @Test
    void anOperationIsItsMethodAndTemplateWithoutRegularExpressions() throws Exception {
        assertEquals(Optional.of(new Route("GET", "/api/things/{id}")), Route.of(Things.class, Things.class.getMethod("one")));
        assertEquals("POST /api/things/{id}/{part}/parts", Route.of(Things.class, Things.class.getMethod("part")).orElseThrow().toString());
        assertEquals(Optional.empty(), Route.of(Things.class, Things.class.getMethod("locator")), "no HTTP method, no operation");
        assertEquals("GET /api/verify/{code}/credential", Route.of(VerifyResource.class,
                VerifyResource.class.getMethod("credential", String.class, String.class)).orElseThrow().toString());
    }

    /** The same strings as the authorisation table, which AuthorisationTableTests holds to /openapi's paths. */
    @Test
    void everyOperationsRouteIsOneTheAuthorisationTableNames() throws Exception {
        Set<String> table = apiOperations();
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                Route.of(resource, method).ifPresent(route -> routes.add(route.toString()));
            }
        }
        assertTrue(routes.size() > 50, "found the operations: " + routes.size());
        Set<String> unknown = new TreeSet<>(routes);
        unknown.removeAll(table);
        assertEquals(Set.of(), unknown);
    }

    private static Set<String> apiOperations() throws IOException {
        try (InputStream in = RouteTest.class.getResourceAsStream("/authorisation.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.matches("[A-Z]+ /api\\S*\\s.*"))
                    .map(line -> String.join(" ", List.of(line.split("\\s+")).subList(0, 2))).collect(Collectors.toSet());
        }
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RouteTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
