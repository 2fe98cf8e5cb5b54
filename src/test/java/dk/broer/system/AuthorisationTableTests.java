package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation table (src/test/resources/authorisation.txt) against the running server:
 * every operation /openapi lists must be in the table, and every operation is called as every
 * kind of caller that exists, with a call valid in every way but the caller's rights.
 */
interface AuthorisationTableTests {

    AuthorisationTable TABLE = AuthorisationTable.load();
    Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    default void everyOperationOfTheApiIsInTheTable() {
        JsonObject paths = Broer.anonymous().getFromServerRoot("openapi", "Accept", "application/json").object()
                .getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> ((JsonObject) item).keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertTrue(documented.size() > 25, documented.toString());
        Set<String> missing = new TreeSet<>(documented);
        TABLE.apiOperations().forEach(missing::remove);
        assertEquals(Set.of(), missing, "operations missing from authorisation.txt");
        Set<String> stale = new TreeSet<>(TABLE.apiOperations());
        stale.removeAll(documented);
        assertEquals(Set.of(), stale, "operations in authorisation.txt that the API no longer has");
        Set<String> withoutFixture = new TreeSet<>(TABLE.apiOperations());
        withoutFixture.removeAll(Fixtures.operations());
        assertEquals(Set.of(), withoutFixture, "operations without a fixture in Fixtures");
    }

    @TestFactory
    default Stream<DynamicTest> everyCallerIsAllowedOrRefusedAsTheTableSays() {
        return TABLE.rules().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            String[] operation = rule.getKey().split(" ", 2);
            List<String> wrong = new ArrayList<>();
            rule.getValue().forEach((kind, expected) -> check(operation[0], operation[1], kind, expected, wrong));
            if (!wrong.isEmpty()) {
                fail(rule.getKey() + ":\n  " + String.join("\n  ", wrong));
            }
        }));
    }

    private static void check(String method, String path, String kind, String expected, List<String> wrong) {
        if (method.equals("PAGE")) {
            Callers.of(kind).ifPresent(client -> {
                Http.Reply reply = client.get(path.substring(1));
                int want = expected.equals("allow") ? 200 : kind.equals("anonymous") ? 302 : 403;
                if (reply.status() != want) {
                    wrong.add(kind + ": expected " + want + " (" + expected + "), got " + reply.status());
                }
            });
            return;
        }
        Optional<Fixtures.Call> call = Fixtures.of(method + " " + path).orElseThrow().apply(kind);
        call.ifPresent(c -> {
            Http.Reply reply = c.client().call(method, c.path(), c.body());
            int want = switch (expected) {
                case "allow" -> c.allowedStatus();
                case "deny" -> kind.equals("anonymous") ? 401 : 403;
                case "hide" -> 404;
                default -> throw new IllegalStateException("authorisation.txt: unknown rule " + expected);
            };
            if (reply.status() != want) {
                wrong.add(kind + ": expected " + want + " (" + expected + "), got " + reply);
            }
        });
    }
}
