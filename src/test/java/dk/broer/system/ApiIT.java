package dk.broer.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API and the database, black-box against the packaged WAR on Payara Micro with an
 * in-memory Derby and demo data. One deployment (one server boot) carries every API test; the
 * tests live in the interfaces by subject, so each file stays about one thing.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT implements ContentApiTests, StaffAccessTests, OrganisationTests, CohortTests, ImportTests, LearningTests, MatrixTests,
        CertificateTests, CredentialTests, ConsultantTests, EvaluationTests, ReachTests, AuthorisationTableTests, MetricsTests,
        PrivacyTests {

    /** The first line Payara Micro writes at each boot: the log file is appended to, so this run's part starts at the last one. */
    private static final String BOOT = "Built Payara Micro Runtime";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Broer.war().addClass(AdminsView.class);
    }

    /**
     * Minimal by design: no learner's name (of four characters or more) and no resume code the suite
     * sent or received is in the server log (arquillian.xml: --logtofile), whatever the tests did.
     */
    @AfterAll
    static void noNameOrCodeReachedTheServerLog() throws IOException {
        String log = thisRunsLog();
        assertTrue(log.contains("ready in"), "the server log of this run is there: " + log.length() + " characters");
        Set<String> secrets = Watched.secrets();
        String lower = log.toLowerCase(Locale.ROOT);
        List<String> found = secrets.stream().filter(s -> lower.contains(s.toLowerCase(Locale.ROOT))).toList();
        assertEquals(List.of(), found, "names or codes in " + Broer.logDir().resolve("it-server.log*"));
    }

    /**
     * The hourly housekeeping (its first tick comes a minute after start, well inside the suite)
     * didn't fail: it once found its entity manager closed by the retention run's task.
     */
    @AfterAll
    static void housekeepingNeverFailed() throws IOException {
        String log = thisRunsLog();
        assertFalse(log.contains("Housekeeping failed"), "housekeeping failed: see " + Broer.logDir().resolve("it-server.log*"));
        assertFalse(log.contains("Retention run failed"), "the retention run failed: see " + Broer.logDir().resolve("it-server.log*"));
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The files in the order they were written (a rotated one before the current), from this run's boot on. */
    private static String thisRunsLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Broer.logDir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("it-server.log") && !f.toString().endsWith(".lck"))
                    .sorted(java.util.Comparator.comparing(ApiIT::modified)).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        String log = all.toString();
        int boot = log.lastIndexOf(BOOT);
        return boot < 0 ? log : log.substring(boot);
    }
}
