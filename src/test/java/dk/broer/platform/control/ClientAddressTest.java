package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void forwardedForIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", PROXY));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", Set.of()));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, PROXY));
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.4", ClientAddress.of("10.0.0.2", "198.51.100.4", PROXY));
        // A client can write anything at the left; only what our proxies appended counts.
        assertEquals("198.51.100.4", ClientAddress.of("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.3", PROXY));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "10.0.0.3", PROXY));
    }
}
