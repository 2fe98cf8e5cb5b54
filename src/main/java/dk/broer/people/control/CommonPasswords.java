package dk.broer.people.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords, as shipped with zxcvbn4j (Dropbox's zxcvbn frequency list
 * "passwords", built from Mark Burnett's and Xato's leaked-password corpora). Loaded once, in
 * lower case.
 */
public final class CommonPasswords {

    static final String LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static volatile Set<String> passwords;

    private CommonPasswords() {
    }

    public static boolean contains(String candidate) {
        return list().contains(candidate.toLowerCase(Locale.ROOT));
    }

    public static int size() {
        return list().size();
    }

    private static Set<String> list() {
        Set<String> loaded = passwords;
        if (loaded == null) {
            loaded = load();
            passwords = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + LIST + " is missing from the classpath");
            }
            Set<String> set = new HashSet<>(40_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).forEach(set::add);
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
