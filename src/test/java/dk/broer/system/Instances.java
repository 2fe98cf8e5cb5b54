package dk.broer.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JUnit extension that runs Broer as an operator would, outside Arquillian: one or more
 * Payara Micro instances on one database (embedded Derby for one, PostgreSQL for several), with
 * demo data and a shared key file, optionally behind nginx. Register it with
 * {@code @RegisterExtension static final Instances broer = Instances.onPostgres("broer_instances", 2).balanced();}
 * Before the class it empties the database, starts the first instance (it migrates and adds the
 * demo data, as an operator starts one first after an upgrade), then the others together; after
 * the class it stops them all with SIGTERM.
 */
final class Instances implements BeforeAllCallback, AfterAllCallback {

    private final String database;
    private final int count;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<Instance> instances = new ArrayList<>();
    private boolean balanced;
    private Balancer balancer;
    private Path folder;

    private Instances(String database, int count, Map<String, String> databaseSettings) {
        this.database = database;
        this.count = count;
        settings.putAll(databaseSettings);
    }

    /** Several instances on one PostgreSQL database of the build's cluster. */
    static Instances onPostgres(String database, int count) {
        return new Instances(database, count, Instance.postgres(database));
    }

    /** One instance on an embedded Derby database in its folder (Derby allows one JVM only). */
    static Instances onDerby() {
        return new Instances(null, 1, Map.of("broer.database", "db"));
    }

    /** nginx in front, round robin; every instance's base URL is then the balancer's. */
    Instances balanced() {
        this.balanced = true;
        return this;
    }

    Instances set(String setting, String value) {
        settings.put(setting, value);
        return this;
    }

    Instance instance(int i) {
        return instances.get(i);
    }

    List<Instance> all() {
        return List.copyOf(instances);
    }

    /** Where users reach Broer: the balancer, or the one instance. */
    String base() {
        return balancer != null ? balancer.base() : instances.get(0).base();
    }

    Path folder() {
        return folder;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Path.of(System.getProperty("it.log.dir", "target"), "instances", context.getRequiredTestClass().getSimpleName()).toAbsolutePath();
        if (database != null) {
            emptyPostgres(database);
        } else {
            deleteRecursively(folder);
        }
        if (balanced) {
            balancer = new Balancer(folder.resolve("nginx"));
        }
        for (int i = 0; i < count; i++) {
            Instance instance = new Instance("instance-" + (i + 1), folder.resolve("instance-" + (i + 1)), settings);
            instance.set("broer.demo", "true")
                    .set("broer.keys.file", folder.resolve("broer-keys.json").toString())
                    .set("broer.trusted-proxies", "127.0.0.1")
                    .set("broer.base-url", balancer != null ? "http://localhost:" + balancer.port() : instance.base().replaceAll("/$", ""));
            instances.add(instance);
        }
        instances.get(0).start().awaitReady();
        instances.subList(1, count).forEach(Instance::start);
        instances.subList(1, count).forEach(Instance::awaitReady);
        if (balancer != null) {
            balancer.start(instances);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (balancer != null) {
            balancer.stop();
        }
        instances.forEach(Instance::stop);
    }

    /** An earlier run's Derby database and logs, so a class starts from nothing. */
    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (java.nio.file.Files.exists(folder)) {
            try (var paths = java.nio.file.Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(path);
                }
            }
        }
    }

    /** A fresh schema, so a class starts from nothing whatever ran before it. */
    static void emptyPostgres(String database) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.pg.port", "5432") + "/" + database;
        try (var connection = DriverManager.getConnection(url, "broer", "broer-tests"); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
