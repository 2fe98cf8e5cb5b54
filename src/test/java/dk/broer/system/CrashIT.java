package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety and a graceful stop on embedded Derby. A trainer's completion writes (a module
 * marked done by hand, POST cohorts/{id}/learners/{l}/done) at about 200 a second from several
 * threads; in the middle the process is killed with SIGKILL, or stopped with SIGTERM. After a
 * restart on the same database every write that was answered 2xx must be there. A SIGTERM must
 * also let the requests in flight finish, end the process, and shut Derby down cleanly.
 */
class CrashIT {

    @RegisterExtension
    static final Instances BROER = Instances.onDerby();

    static final int RATE = 200;
    /** Enough that the pace holds while each write takes a few hundred ms on a busy 2-core machine. */
    static final int THREADS = 64;
    static final List<String> MODULES = Broer.content().track("bus-drivers").orElseThrow().moduleIds();

    private static Instance instance() {
        return BROER.instance(0);
    }

    private static Http client() {
        return new Http(instance().base()).from(instance().base().replaceAll("/$", ""));
    }

    /** Each test ends with Broer running again; should one fail halfway, the next starts it. */
    private static void running() {
        if (!instance().running()) {
            instance().start().awaitReady();
        }
    }

    private static Http trainer() {
        Http http = client();
        Http.Reply reply = http.post("api/session", "{\"username\":\"trainer\",\"password\":\"" + Broer.DEMO_PASSWORD + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        return http;
    }

    /** One completion write: this learner's module marked done. */
    record Write(long learner, String module) {
    }

    /**
     * What happened to the writes: answered 2xx, answered otherwise (by status), or no answer (in
     * flight when the process went, or sent to a process already gone); of those sent before the
     * signal, how many were answered 2xx only after it (in flight when it came) and how many got no answer.
     */
    record Outcome(Set<Write> acknowledged, Map<Write, Integer> refused, Set<Write> unanswered, int inFlightAndDone,
                   int sentBeforeAndUnanswered) {

        Map<Integer, Long> refusedByStatus() {
            return refused.values().stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        }
    }

    @Test
    void everyWriteAnsweredBeforeAKillNineIsThereAfterTheRestart() throws Exception {
        running();
        assertDurable();
        Http trainer = trainer();
        TestCohorts.Made cohort = BackupChecks.cohort(trainer, "Nedbrud " + System.nanoTime());
        List<Write> writes = writes(trainer, cohort, 250);
        Outcome outcome = paced(trainer, cohort, writes, 100, instance()::kill);
        assertEquals(Map.of(), outcome.refused(), "nothing but 2xx before the kill (and no answer at all after it)");
        assertTrue(outcome.acknowledged().size() >= 100, "writes answered before the kill: " + outcome.acknowledged().size());
        assertTrue(outcome.acknowledged().size() < writes.size(), "the kill came in the middle");
        assertTrue(Files.exists(instance().folder().resolve("db/db.lck")), "killed: Derby had no chance to shut down");

        instance().onFreshPort().start().awaitReady();
        Set<Write> stored = passed(trainer(), cohort);
        Set<Write> lost = new HashSet<>(outcome.acknowledged());
        lost.removeAll(stored);
        System.out.printf("kill -9 after 100 writes acknowledged, sent at %d/s: %d acknowledged, %d without an answer (%d of those "
                        + "stored after all), %d not sent; acknowledged and missing after the restart: %d%n", RATE,
                outcome.acknowledged().size(), outcome.unanswered().size(),
                outcome.unanswered().stream().filter(stored::contains).count(),
                writes.size() - outcome.acknowledged().size() - outcome.unanswered().size(), lost.size());
        assertEquals(Set.of(), lost, "acknowledged writes missing after kill -9 and restart");
    }

    @Test
    void sigtermFinishesTheRequestsInFlightEndsTheProcessAndShutsDerbyDownCleanly() throws Exception {
        running();
        Http trainer = trainer();
        TestCohorts.Made cohort = BackupChecks.cohort(trainer, "Nedlukning " + System.nanoTime());
        List<Write> writes = writes(trainer, cohort, 150);
        AtomicInteger exit = new AtomicInteger(-1);
        Outcome outcome = paced(trainer, cohort, writes, 50, () -> exit.set(instance().stop()));
        System.out.printf("SIGTERM after 50 writes acknowledged, sent at %d/s: %d acknowledged, %d of them in flight at the signal; "
                        + "refused by the stopping server %s, %d without an answer (%d of them sent before the signal)%n", RATE,
                outcome.acknowledged().size(), outcome.inFlightAndDone(), outcome.refusedByStatus(), outcome.unanswered().size(),
                outcome.sentBeforeAndUnanswered());
        assertEquals(143, exit.get(), "the process ended on the signal (128 + 15)");
        assertTrue(outcome.inFlightAndDone() > 0, "some requests were in flight when the signal came, and were answered 2xx");
        assertEquals(0, outcome.sentBeforeAndUnanswered(), "no request sent before the signal was cut off without an answer");
        Path database = instance().folder().resolve("db");
        assertFalse(Files.exists(database.resolve("db.lck")), "Derby removes its lock file when shut down cleanly");
        String derbyLog = Files.readString(instance().folder().resolve("derby.log"), StandardCharsets.ISO_8859_1);
        String lastStart = derbyLog.substring(derbyLog.lastIndexOf("Booting Derby"));
        // D002 is "Shutting down instance … on database directory …" (by its id: the class loader that
        // holds Derby's message texts is being closed by then).
        assertTrue(lastStart.contains("Shutting down instance") || lastStart.contains("D002 : "), lastStart);

        instance().onFreshPort().start().awaitReady();
        Set<Write> stored = passed(trainer(), cohort);
        Set<Write> lost = new HashSet<>(outcome.acknowledged());
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "acknowledged writes missing after SIGTERM and restart");
        // Requests the stopping server refused (503, or 500 while Payara takes the application down) did nothing.
        Set<Write> refusedButDone = new HashSet<>(outcome.refused().keySet());
        refusedButDone.retainAll(stored);
        assertEquals(Map.of(), outcome.refused().entrySet().stream().filter(e -> refusedButDone.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "writes answered with an error must not have happened");
    }

    /** Learners who joined the cohort, and a write for each of their modules, shuffled. */
    private static List<Write> writes(Http trainer, TestCohorts.Made cohort, int learners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> joined = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String name = "Deltager " + i;
            joined.add(pool.submit(() -> {
                Http phone = client();
                Http.Reply reply = TestCohorts.join(phone, cohort.joinCode(), name);
                assertEquals(201, reply.status(), reply.toString());
                return phone.get("api/session").object().getJsonNumber("id").longValue();
            }));
        }
        List<Write> writes = new ArrayList<>();
        for (Future<Long> learner : joined) {
            long id = learner.get();
            MODULES.forEach(module -> writes.add(new Write(id, module)));
        }
        pool.shutdown();
        java.util.Collections.shuffle(writes, new java.util.Random(16));
        return writes;
    }

    /**
     * Sends the writes at RATE a second from THREADS threads (each on its own schedule), and after
     * `after` runs the signal (kill or stop) on this thread, the writers carrying on until their
     * requests fail. Writes are paced, not synchronised: the schedule is the load, not a guess at timing.
     */
    private static Outcome paced(Http trainer, TestCohorts.Made cohort, List<Write> writes, int acknowledgedFirst, Runnable signal)
            throws Exception {
        Set<Write> acknowledged = ConcurrentHashMap.newKeySet();
        java.util.concurrent.CountDownLatch enough = new java.util.concurrent.CountDownLatch(acknowledgedFirst);
        Map<Write, Integer> refused = new ConcurrentHashMap<>();
        Set<Write> unanswered = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlightAndDone = new AtomicInteger();
        AtomicInteger sentBeforeAndUnanswered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        var signalled = new java.util.concurrent.atomic.AtomicReference<Instant>();
        long interval = TimeUnit.SECONDS.toNanos(1) * THREADS / RATE;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long offset = interval * t / THREADS;
            writers.add(pool.submit(() -> {
                long due = System.nanoTime() + offset;
                for (int i; (i = next.getAndIncrement()) < writes.size(); ) {
                    LockSupport.parkNanos(due - System.nanoTime());
                    due += interval;
                    Write write = writes.get(i);
                    boolean before = signalled.get() == null;
                    try {
                        Http.Reply reply = trainer.post(cohort.path() + "/learners/" + write.learner() + "/done",
                                "{\"module\":\"" + write.module() + "\",\"reason\":\"Tog modulet på papir\"}");
                        if (reply.status() / 100 == 2) {
                            acknowledged.add(write);
                            enough.countDown();
                            if (before && signalled.get() != null) {
                                inFlightAndDone.incrementAndGet();
                            }
                        } else {
                            refused.put(write, reply.status());
                        }
                    } catch (UncheckedIOException gone) {
                        unanswered.add(write);
                        if (before) {
                            sentBeforeAndUnanswered.incrementAndGet();
                        }
                        if (signalled.get() != null) {
                            return; // the process is gone; this writer stops
                        }
                    }
                }
            }));
        }
        // The signal comes when enough writes were answered, however fast this machine is today.
        assertTrue(enough.await(2, TimeUnit.MINUTES), "not " + acknowledgedFirst + " writes answered within 2 minutes");
        signalled.set(Instant.now());
        signal.run();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new Outcome(Set.copyOf(acknowledged), Map.copyOf(refused), Set.copyOf(unanswered), inFlightAndDone.get(),
                sentBeforeAndUnanswered.get());
    }

    /** The writes the trainer's progress matrix shows as passed. */
    private static Set<Write> passed(Http trainer, TestCohorts.Made cohort) {
        Http.Reply matrix = trainer.get(cohort.path() + "/progress");
        assertEquals(200, matrix.status(), matrix.toString());
        Set<Write> passed = new HashSet<>();
        for (JsonObject learner : matrix.object().getJsonArray("learners").getValuesAs(JsonObject.class)) {
            for (JsonObject cell : learner.getJsonArray("cells").getValuesAs(JsonObject.class)) {
                if (cell.getString("state").equals("passed")) {
                    passed.add(new Write(learner.getJsonNumber("learnerId").longValue(), cell.getString("module")));
                }
            }
        }
        return passed;
    }

    /** Derby forces its log at every commit unless told not to (derby.system.durability=test): nowhere, here or in the build. */
    private static void assertDurable() throws IOException {
        String commandLine = Files.readString(Path.of("/proc", String.valueOf(instance().pid()), "cmdline")).replace('\0', ' ');
        assertFalse(commandLine.contains("durability"), commandLine);
        assertFalse(Files.readString(instance().folder().resolve("derby.log"), StandardCharsets.ISO_8859_1).contains("durability"));
        Path project = Instance.projectDir();
        for (Path place : List.of(project.resolve("pom.xml"), project.resolve("payara-config"), project.resolve("src/main"),
                project.resolve("bench"))) {
            try (Stream<Path> files = Files.walk(place)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(xml|properties|asadmin|sh|java)$")).toList()) {
                    assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("derby.system.durability"), file.toString());
                }
            }
        }
    }
}
