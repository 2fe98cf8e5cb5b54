package dk.broer.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Broer as an operator runs it: the Payara Micro jar with the packaged WAR, in a process of its
 * own that a test starts, stops with SIGTERM (as Ctrl-C or systemd would), kills with SIGKILL and
 * starts again on the same database. Arquillian manages one server per deployment and cannot do
 * any of that, nor run two at once.
 */
final class Instance {

    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    /** Generous: a boot takes 10-15 s alone, several times that on a loaded 2-core machine. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private int port;
    private final Path folder;
    private final Map<String, String> settings;
    private final List<String> javaOptions = new ArrayList<>(List.of("-Xmx512m"));
    private Process process;
    private int starts;

    /**
     * @param folder   its working folder (logs, and a Derby database named relative to it)
     * @param settings Broer's settings (-Dname=value), on top of the ones every test instance has
     */
    Instance(String name, Path folder, Map<String, String> settings) {
        this.name = name;
        this.port = freePort();
        this.folder = folder;
        this.settings = new LinkedHashMap<>(settings);
    }

    /** Settings a PostgreSQL database needs, for the cluster the build started (it.pg.port). */
    static Map<String, String> postgres(String database) {
        return Map.of("broer.datasource.class", "org.postgresql.ds.PGSimpleDataSource",
                "broer.database", database,
                "broer.database.server", "127.0.0.1",
                "broer.database.port", System.getProperty("it.pg.port", "5432"),
                "broer.database.user", "broer",
                "broer.database.password", "broer-tests");
    }

    Instance javaOption(String option) {
        javaOptions.add(option);
        return this;
    }

    Instance set(String setting, String value) {
        settings.put(setting, value);
        return this;
    }

    String name() {
        return name;
    }

    /**
     * The next start listens on another free port, and the base URL follows when it named this
     * instance. A restart right after a crash then never waits on the old port: one restart on the
     * same port logged "ready" but never accepted a connection.
     */
    Instance onFreshPort() {
        if (running()) {
            throw new IllegalStateException(name + " is running");
        }
        String before = base().replaceAll("/$", "");
        port = freePort();
        settings.computeIfPresent("broer.base-url", (key, value) -> value.equals(before) ? base().replaceAll("/$", "") : value);
        return this;
    }

    int port() {
        return port;
    }

    /** The instance itself, not through a balancer: http://localhost:port/. */
    String base() {
        return "http://localhost:" + port + "/";
    }

    Path folder() {
        return folder;
    }

    /** This start's server log (each start has its own, so a restart keeps the crash's log). */
    Path log() {
        return folder.resolve("server-" + starts + ".log");
    }

    /** Starts the process; call {@link #awaitReady()} before using it. */
    Instance start() {
        if (running()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(folder);
            starts++;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-Dderby.stream.error.file=" + folder.resolve("derby.log"));
            command.addAll(List.of("-jar", micro().toString(), "--deploy", war().toString(), "--port", String.valueOf(port),
                    "--nocluster", "--postbootcommandfile", projectDir().resolve("payara-config/post-boot-commands.asadmin").toString()));
            process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log().toFile()).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until /health/ready says UP; fails with the log's end if the process dies first. */
    Instance awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base() + "health/ready")).timeout(Duration.ofSeconds(10)).build();
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!running()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<String> answer = PROBE.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return this;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notListeningYet) {
                // Payara opens its port late in the boot; keep asking.
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            awaitExit(Duration.ofMillis(100));
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN + "; /health/ready last said: " + last + "\n" + logTail());
    }

    /** SIGTERM, as Ctrl-C or an init system sends, and waits for the process to end. Its exit code. */
    int stop() {
        if (process == null) {
            return 0;
        }
        process.destroy();
        return awaitEnd();
    }

    /** SIGKILL: the machine losing power, as far as the JVM can tell. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitEnd();
        }
    }

    private int awaitEnd() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(name + " did not end within 2 minutes of the signal:\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }

    static Path projectDir() {
        return Path.of(System.getProperty("it.project.dir", "."));
    }

    static Path war() {
        return Path.of(System.getProperty("broer.war", "target/ROOT.war")).toAbsolutePath();
    }

    private static Path micro() {
        Path jar = Path.of(System.getProperty("payara.micro.jar", ""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The Payara Micro jar is not at " + jar + " (system property payara.micro.jar)");
        }
        return jar;
    }

    /**
     * A port nothing listens on, below Linux's ephemeral range (32768-60999): a port the kernel hands
     * out could be taken as the local end of some outgoing connection (a JDBC or HTTP client) in
     * the minute before Payara binds it, and the instance would then never answer.
     */
    static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Someone else's: draw again.
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    /**
     * Between two questions to /health/ready, wait for the one thing that makes asking pointless:
     * the process ending (checked at the top of the loop). Returns as soon as it ends.
     */
    private void awaitExit(Duration atMost) {
        try {
            process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
