package dk.broer.people.boundary;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secure by default: every API operation says who may call it, or it is closed (and this fails). */
class AccessAnnotationsTest {

    @Test
    void everyOperationSaysWhoMayCallIt() throws Exception {
        List<String> undeclared = new ArrayList<>();
        int operations = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isOperation(method)) {
                    operations++;
                    if (!Access.Rule.of(method, resource).declared()) {
                        undeclared.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(operations > 20, "found the resources: " + operations);
        assertEquals(List.of(), undeclared);
    }

    @Test
    void theMethodsOwnRuleWinsOverItsClasss() throws Exception {
        Access.Rule rule = Access.Rule.of(LinksResource.class.getMethod("inspect", LinksResource.Token.class), LinksResource.class);
        assertTrue(rule.open());
        Access.Rule staff = Access.Rule.of(StaffResource.class.getMethod("all"), StaffResource.class);
        assertEquals(java.util.Set.of(dk.broer.people.entity.Role.ADMIN), staff.roles());
    }

    private static boolean isOperation(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(method::isAnnotationPresent);
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
