package dk.broer.people.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void worksOnceUntilItExpires() {
        AccountLink invite = new AccountLink("h", LinkPurpose.INVITE, 3L, NOW);
        assertEquals(NOW.plus(Duration.ofHours(72)), invite.expiresAt());
        assertTrue(invite.isUsableAt(NOW.plus(Duration.ofHours(71))));
        assertFalse(invite.isUsableAt(NOW.plus(Duration.ofHours(72))));
        invite.use(NOW.plusSeconds(5));
        assertFalse(invite.isUsableAt(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> invite.use(NOW.plusSeconds(7)));
    }

    @Test
    void theSetupLinkLastsADayAndBelongsToNoAccount() {
        AccountLink setup = new AccountLink("h", LinkPurpose.SETUP, null, NOW);
        assertEquals(NOW.plus(Duration.ofHours(24)), setup.expiresAt());
        assertThrows(IllegalArgumentException.class, () -> new AccountLink("h", LinkPurpose.SETUP, 1L, NOW));
        assertThrows(IllegalArgumentException.class, () -> new AccountLink("h", LinkPurpose.RESET, null, NOW));
    }
}
