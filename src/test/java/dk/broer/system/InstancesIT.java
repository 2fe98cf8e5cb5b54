package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Payara Micro instances on one PostgreSQL database behind nginx, round robin, as an operator
 * grows Broer past one machine (README "Several instances"). Everything a user holds (a session, a
 * join, a throttle count, a certificate and its revocation) lives in the database, so whichever
 * instance answers must give the same answer. Hazelcast stays off (--nocluster): nothing needs it.
 */
class InstancesIT {

    @RegisterExtension
    static final Instances BROER = Instances.onPostgres("broer_instances", 2).balanced();

    private static Http one() {
        return at(0);
    }

    /** A fresh browser talking to one instance directly, on the page it got from the public address. */
    private static Http at(int instance) {
        return new Http(BROER.instance(instance).base()).from(origin());
    }

    private static String origin() {
        return BROER.base().replaceAll("/$", "");
    }

    private static Http signedIn(String username, Http at) {
        Http.Reply reply = at.post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + Broer.DEMO_PASSWORD + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        return at;
    }

    private static TestCohorts.Made cohort(Http trainer, int capacity) {
        Http.Reply made = trainer.post("api/cohorts", "{\"name\":\"To servere " + System.nanoTime() + "\",\"organisationId\":"
                + busCompany(trainer) + ",\"trackId\":\"bus-drivers\",\"districtCode\":\"valby\",\"startsOn\":\""
                + java.time.LocalDate.now().minusDays(1) + "\",\"endsOn\":\"" + java.time.LocalDate.now().plusDays(30)
                + "\",\"capacity\":" + capacity + "}");
        assertEquals(201, made.status(), made.toString());
        return new TestCohorts.Made(made.object().getJsonNumber("id").longValue(), made.object().getString("joinCode"));
    }

    private static long busCompany(Http staff) {
        return staff.get("api/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Fjordlinjen Bus A/S")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void aLearnerJoinsOnOneInstanceAndCarriesOnOnTheOther() {
        Http trainer = signedIn("trainer", one());
        TestCohorts.Made cohort = cohort(trainer, 10);
        Http phone = one();
        assertEquals(201, TestCohorts.join(phone, cohort.joinCode(), "Oddný Gísladóttir").status());
        Http sameOnTwo = phone.at(BROER.instance(1).base());
        assertEquals("Oddný Gísladóttir", sameOnTwo.get("api/me").object().getString("name"));
        String before = phone.get("api/me").body();
        assertEquals(204, sameOnTwo.post("api/me/modules/welcome-to-everyone/opened", "{}").status());
        assertNotEquals(before, phone.get("api/me").body(), "what was done on two shows on one");
        String seenOnOne = trainer.get("api/cohorts/" + cohort.id() + "/progress").body();
        assertTrue(seenOnOne.contains("Oddný Gísladóttir"), seenOnOne);
    }

    @Test
    void aStaffMemberSignsInOnOneAndWorksOnTheOther() {
        Http trainer = signedIn("trainer", one());
        Http onTwo = trainer.at(BROER.instance(1).base());
        assertEquals("trainer", onTwo.get("api/account").object().getString("username"));
        TestCohorts.Made made = cohort(onTwo, 12);
        assertEquals(12, trainer.get(made.path()).object().getInt("capacity"), "made on two, read on one");
        assertEquals(204, onTwo.delete("api/session").status());
        // Each instance remembers a session check for 5 s (Sessions.CHECK_CACHE), so a sign-out on one
        // reaches the other within that: poll, with a deadline well past it.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        int status;
        do {
            status = trainer.get("api/account").status();
        } while (status == 200 && java.time.Instant.now().isBefore(deadline));
        assertEquals(401, status, "signed out on two is signed out on one");
    }

    @Test
    void twoHundredConcurrentJoinsThroughTheBalancerEndWithExactlyTheCapacity() throws Exception {
        Http trainer = signedIn("trainer", one());
        int capacity = 137;
        TestCohorts.Made cohort = cohort(trainer, capacity);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "Samtidig Deltager " + i;
            Callable<Http.Reply> join = () -> {
                Http phone = new Http(BROER.base());
                start.await();
                return TestCohorts.join(phone, cohort.joinCode(), name);
            };
            replies.add(pool.submit(join));
        }
        start.countDown();
        int joined = 0;
        int full = 0;
        Set<String> instances = new HashSet<>();
        for (Future<Http.Reply> future : replies) {
            Http.Reply reply = future.get();
            instances.add(reply.header("X-Broer-Instance"));
            if (reply.status() == 201) {
                joined++;
            } else {
                assertEquals(409, reply.status(), reply.toString());
                full++;
            }
        }
        pool.shutdown();
        assertEquals(capacity, joined);
        assertEquals(200 - capacity, full);
        assertEquals(2, instances.size(), "both instances took joins: " + instances);
        assertEquals(capacity, trainer.get(cohort.path()).object().getInt("enrolled"));
    }

    @Test
    void signInThrottlingCountsFailuresOnBothInstances() {
        Http admin = signedIn("admin", one());
        Staff.Created created = Staff.create(admin, "trainer");
        assertEquals(200, at(1).post("api/links/password",
                "{\"token\":\"" + created.token() + "\",\"password\":\"" + Staff.PASSWORD + "\"}").status());
        for (int i = 0; i < 10; i++) {
            Http attacker = at(i % 2);
            assertEquals(401, attacker.post("api/session", signIn(created.username(), "guess " + i + " of ten")).status());
        }
        for (Instance instance : BROER.all()) {
            Http.Reply right = new Http(instance.base()).from(origin()).post("api/session", signIn(created.username(), Staff.PASSWORD));
            assertEquals(429, right.status(), instance + ": five failures on each are ten for the account: " + right);
        }
    }

    @Test
    void aCertificateIssuedOnOneVerifiesOnTheOtherAndItsRevocationShowsOnBoth() {
        Http trainer = signedIn("trainer", one());
        TestCohorts.Made cohort = cohort(trainer, 5);
        Http phone = one();
        assertEquals(201, TestCohorts.join(phone, cohort.joinCode(), "Birgitta Hansen").status());
        long learner = phone.get("api/session").object().getJsonNumber("id").longValue();
        long completion = TestCertificates.complete(trainer, cohort, learner);
        Http.Reply issued = trainer.post(cohort.path() + "/certificates", "{\"completion\":" + completion + ",\"name\":\"Birgitta Hansen\"}");
        assertEquals(200, issued.status(), issued.toString());
        String code = issued.object().getString("code");
        Http two = at(1);
        assertEquals("valid", two.get("api/verify/" + code).object().getString("status"));
        assertEquals("Birgitta Hansen", two.get("api/verify/" + code).object().getString("holderName"));
        String listBefore = two.get("api/status/revocation").body();

        Http coordinator = signedIn("coordinator", two);
        assertEquals(200, coordinator.post("api/certificates/" + code + "/revocation", "{\"reason\":\"Udstedt til forkert hold\"}").status());
        for (Instance instance : BROER.all()) {
            Http anyone = new Http(instance.base());
            assertEquals("revoked", anyone.get("api/verify/" + code).object().getString("status"), instance.toString());
            assertNotEquals(listBefore, anyone.get("api/status/revocation").body(), instance + " publishes the new list");
        }
        assertEquals(new Http(BROER.instance(0).base()).get("api/status/revocation").body(),
                new Http(BROER.instance(1).base()).get("api/status/revocation").body(), "one list, whoever answers");
    }

    /**
     * Both instances tried the daily retention run at start; one claimed the day (a row of
     * retention_run) and ran it, the other found it taken. Read from the database itself and from
     * each instance's own /metrics, not through the balancer.
     */
    @Test
    void theDailyRetentionRunIsClaimedOnceAcrossTheInstances() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.pg.port", "5432") + "/broer_instances";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        int claims;
        try (var connection = java.sql.DriverManager.getConnection(url, "broer", "broer-tests");
             var query = connection.prepareStatement("SELECT COUNT(*) FROM retention_run WHERE scheduled_on = ?")) {
            query.setObject(1, today);
            try (var result = query.executeQuery()) {
                result.next();
                claims = result.getInt(1);
            }
        }
        assertEquals(1, claims, "one row of retention_run for " + today);
        // Each instance tried at start; once it knows the day is claimed (by itself or the other) it doesn't
        // ask again that day, so the housekeeping ticks add nothing: one won, one lost.
        double won = 0;
        double lost = 0;
        for (Instance instance : BROER.all()) {
            Http.Reply metrics = new Http(instance.base()).getFromServerRoot("metrics", "Accept", "text/plain");
            assertEquals(200, metrics.status(), instance + ": " + metrics);
            List<MetricsTests.Sample> samples = metrics.body().lines().map(MetricsTests.Sample::parse).filter(x -> x != null).toList();
            double hereWon = MetricsTests.value(samples, "broer_retention_claims_total", java.util.Map.of("outcome", "won"));
            double hereLost = MetricsTests.value(samples, "broer_retention_claims_total", java.util.Map.of("outcome", "lost"));
            assertTrue(hereWon + hereLost >= 1, instance + " tried to claim the day");
            won += hereWon;
            lost += hereLost;
        }
        assertEquals(1.0, won, "one instance won the day");
        assertEquals(1.0, lost, "the other found it taken, once");
    }

    private static String signIn(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
