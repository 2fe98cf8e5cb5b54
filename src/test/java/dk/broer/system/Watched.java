package dk.broer.system;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the API suite sent or received that is personal or signs a person in (learners' names,
 * resume codes), so that ApiIT can check at the end that none of it reached the server log.
 */
final class Watched {

    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
    private static final Set<String> CODES = ConcurrentHashMap.newKeySet();

    private Watched() {
    }

    static void name(String name) {
        if (name != null && !name.isBlank()) {
            NAMES.add(name.strip());
        }
    }

    static void code(String code) {
        if (code != null && !code.isBlank()) {
            CODES.add(code);
        }
    }

    /** Names of at least four characters (shorter ones would match by chance) and every code. */
    static Set<String> secrets() {
        Set<String> all = new TreeSet<>();
        NAMES.stream().filter(n -> n.codePointCount(0, n.length()) >= 4).forEach(all::add);
        all.addAll(CODES);
        return all;
    }
}
