package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InFlightTest {

    @Test
    void aStopWaitsForTheRequestsRunningAndTurnsNewOnesAway() throws Exception {
        InFlight inFlight = new InFlight();
        assertTrue(inFlight.enter());
        assertTrue(inFlight.enter());
        CountDownLatch stopping = new CountDownLatch(1);
        CompletableFuture<Integer> stop = CompletableFuture.supplyAsync(() -> {
            stopping.countDown();
            return inFlight.awaitNone(Duration.ofMinutes(1));
        });
        stopping.await();
        inFlight.leave();
        assertFalse(stop.isDone() && stop.get() == 0, "one request is still running");
        inFlight.leave();
        assertEquals(0, stop.get(30, TimeUnit.SECONDS), "the stop goes on once the last request is done");
        assertFalse(inFlight.enter(), "a request arriving while Broer stops is not taken");
    }

    @Test
    void aRequestThatDoesNotEndDoesNotHoldTheStopForever() {
        InFlight inFlight = new InFlight();
        assertTrue(inFlight.enter());
        assertEquals(1, inFlight.awaitNone(Duration.ofMillis(50)), "after the grace the stop goes on and says how many are left");
    }

    @Test
    void withNothingRunningTheStopDoesNotWait() {
        assertEquals(0, new InFlight().awaitNone(Duration.ofMinutes(1)));
    }
}
