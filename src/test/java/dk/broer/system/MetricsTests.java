package dk.broer.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * /metrics in Prometheus' text format: the domain counters move by exactly what one learner's
 * join, attempt, completion, certificate and its verification add; each API operation is counted
 * and timed under its route template; and no label carries a name or a code.
 */
interface MetricsTests {

    String JOINS = "broer_joins_total";
    String ATTEMPTS = "broer_attempts_total";
    String COMPLETIONS = "broer_completions_total";
    String CERTIFICATES = "broer_certificates_issued_total";
    String VERIFICATIONS = "broer_verifications_total";
    String REQUESTS = "broer_requests_seconds_count";
    String REQUEST_TIME = "broer_requests_seconds_sum";

    /** One line of the text format: a metric's name, its labels and its value. */
    record Sample(String name, Map<String, String> labels, double value) {

        /** {@code name{a="b",c="d"} 1.0}, label values escaped with backslashes; null for comments and blank lines. */
        static Sample parse(String line) {
            if (line.isBlank() || line.startsWith("#")) {
                return null;
            }
            int i = 0;
            while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == ':')) {
                i++;
            }
            String name = line.substring(0, i);
            Map<String, String> labels = new LinkedHashMap<>();
            if (i < line.length() && line.charAt(i) == '{') {
                i++;
                while (line.charAt(i) != '}') {
                    int equals = line.indexOf("=\"", i);
                    String label = line.substring(i, equals);
                    StringBuilder value = new StringBuilder();
                    int j = equals + 2;
                    for (; line.charAt(j) != '"'; j++) {
                        char c = line.charAt(j);
                        if (c == '\\') {
                            char next = line.charAt(++j);
                            value.append(next == 'n' ? '\n' : next);
                        } else {
                            value.append(c);
                        }
                    }
                    labels.put(label, value.toString());
                    i = line.charAt(j + 1) == ',' ? j + 2 : j + 1;
                }
                i++;
            }
            String[] rest = line.substring(i).strip().split("\\s+");
            if (name.isEmpty() || rest.length < 1 || rest.length > 2) {
                throw new IllegalArgumentException("not a sample line: " + line);
            }
            return new Sample(name, Map.copyOf(labels), Double.parseDouble(rest[0]));
        }
    }

    static List<Sample> scrape() {
        Http.Reply reply = Broer.anonymous().getFromServerRoot("metrics", "Accept", "text/plain");
        assertEquals(200, reply.status(), reply.toString());
        List<Sample> samples = new ArrayList<>();
        reply.body().lines().map(Sample::parse).filter(s -> s != null).forEach(samples::add);
        return samples;
    }

    /** The sum over every series of that name whose labels include the given ones (0 when there is none). */
    static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    static double value(List<Sample> samples, String name) {
        return value(samples, name, Map.of());
    }

    /** The request timer is written after the answer has gone out, so the test waits for it (a few seconds at most). */
    static List<Sample> scrapeUntil(String name, Map<String, String> labels, double atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Sample> samples = scrape();
        while (value(samples, name, labels) < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                fail(name + labels + " stayed at " + value(samples, name, labels) + ", expected at least " + atLeast);
            }
            samples = scrape();
        }
        return samples;
    }

    @Test
    default void theDomainCountersMoveByWhatOneLearnerDid() {
        Http trainer = Callers.of("cohort-trainer").orElseThrow();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        List<Sample> before = scrape();

        String name = "Metrikka Målersen";
        Http phone = Broer.anonymous();
        Http.Reply joined = TestCohorts.join(phone, cohort.joinCode(), name);
        assertEquals(201, joined.status(), joined.toString());
        long learnerId = phone.get("api/session").object().getJsonNumber("id").longValue();
        assertFalse(LearningTests.answer(phone, "welcome-to-everyone", false).object().getBoolean("passed"));
        long completion = TestCertificates.complete(trainer, cohort, learnerId);
        String code = TestCertificates.confirmed(new TestCertificates.Completed(phone, learnerId, completion), name);
        Http.Reply reissued = Callers.of("coordinator").orElseThrow().post("api/certificates/" + code + "/name",
                "{\"name\":\"Metrikka Målersen-Holm\"}");
        assertEquals(200, reissued.status(), "a reissue, which is no new certificate: " + reissued);
        assertEquals(200, Broer.anonymous().get("api/verify/" + code).status(), "the superseded edition is still found");
        assertEquals(404, Broer.anonymous().get("api/verify/AAAAA-AAAAA").status(), "a wrong code is no verification");

        List<Sample> after = scrape();
        Map<String, Double> moved = new LinkedHashMap<>();
        for (String counter : List.of(JOINS, ATTEMPTS, COMPLETIONS, CERTIFICATES, VERIFICATIONS)) {
            assertTrue(after.stream().anyMatch(s -> s.name().equals(counter)), counter + " is at /metrics");
            moved.put(counter, value(after, counter) - value(before, counter));
        }
        assertEquals(Map.of(JOINS, 1.0, ATTEMPTS, 1.0, COMPLETIONS, 1.0, CERTIFICATES, 1.0, VERIFICATIONS, 1.0), moved);
    }

    @Test
    default void eachOperationIsCountedAndTimedUnderItsRouteTemplate() {
        Http trainer = Callers.of("cohort-trainer").orElseThrow();
        TestCohorts.Made cohort = TestCohorts.create(trainer, 10);
        Map<String, String> read = Map.of("method", "GET", "route", "/api/cohorts/{id}", "status", "2xx");
        Map<String, String> refused = Map.of("method", "GET", "route", "/api/verify/{code}", "status", "4xx");
        List<Sample> before = scrape();
        assertEquals(200, trainer.get(cohort.path()).status());
        assertEquals(404, Broer.anonymous().get("api/verify/BBBBB-BBBBB").status());
        scrapeUntil(REQUESTS, read, value(before, REQUESTS, read) + 1);
        List<Sample> after = scrapeUntil(REQUESTS, refused, value(before, REQUESTS, refused) + 1);
        assertTrue(value(after, REQUEST_TIME, read) > value(before, REQUEST_TIME, read), "the time spent is added");
        assertTrue(value(after, REQUEST_TIME, refused) > value(before, REQUEST_TIME, refused), "refused requests are timed too");

        Set<String> operations = new TreeSet<>(AuthorisationTable.load().apiOperations());
        Set<String> strange = new TreeSet<>();
        for (Sample sample : after) {
            String route = sample.labels().getOrDefault("route", "");
            // The test deployment's own resource (AdminsView) is timed too, under its templates.
            if (!sample.name().startsWith("broer_requests") || route.startsWith("/api/test-only/")) {
                continue;
            }
            if (!operations.contains(sample.labels().get("method") + " " + route)
                    || !sample.labels().getOrDefault("status", "").matches("[1-5]xx")) {
                strange.add(sample.name() + sample.labels());
            }
        }
        assertEquals(Set.of(), strange, "labelled with an operation of the API and a status class, nothing else");
    }

    @Test
    default void noLabelCarriesANameOrACode() {
        String name = "Labelia Nøglesen";
        TestCohorts.Made cohort = TestCohorts.create(Callers.of("cohort-trainer").orElseThrow(), 10);
        Http phone = Broer.anonymous();
        Http.Reply joined = TestCohorts.join(phone, cohort.joinCode(), name);
        assertEquals(201, joined.status(), joined.toString());
        String resumeCode = joined.object().getString("resumeCode");
        phone.get("api/me");
        Broer.anonymous().get("api/join/" + cohort.joinCode());
        Map<String, String> resumed = Map.of("route", "/api/resume");
        double resumedBefore = value(scrape(), REQUESTS, resumed);
        assertEquals(200, Broer.anonymous().post("api/resume", "{\"code\":\"" + resumeCode + "\"}").status());

        Set<String> secrets = Set.of(name, "Labelia", "Nøglesen", cohort.joinCode(), resumeCode);
        List<Sample> samples = scrapeUntil(REQUESTS, resumed, resumedBefore + 1);
        List<String> leaks = new ArrayList<>();
        for (Sample sample : samples) {
            for (String label : sample.labels().values()) {
                String plain = label.toLowerCase(Locale.ROOT).replace("-", "");
                secrets.stream().filter(secret -> plain.contains(secret.toLowerCase(Locale.ROOT).replace("-", "")))
                        .forEach(secret -> leaks.add(sample.name() + sample.labels()));
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(samples.stream().anyMatch(s -> "/api/join/{code}".equals(s.labels().get("route"))), "the join was seen, as a template");
    }
}
