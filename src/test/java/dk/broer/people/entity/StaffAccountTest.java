package dk.broer.people.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void signsInOnlyWhenActiveWithAPassword() {
        StaffAccount account = new StaffAccount("mette.j", "Mette", null, Set.of(Role.TRAINER), null, NOW);
        assertFalse(account.canSignIn(), "no password until the person sets one");
        account.setPassword("PBKDF2WithHmacSHA256:600000:salt:hash", NOW);
        assertTrue(account.canSignIn());
        account.deactivate();
        assertFalse(account.canSignIn());
    }

    @Test
    void holdsStaffRolesOnlyAndAContactHasItsOrganisation() {
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("a", "A", null, Set.of(), null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("a", "A", null, Set.of(Role.LEARNER), null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new StaffAccount("a", "A", null, Set.of(Role.ORGANISATION_CONTACT), null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("a", "A", null, Set.of(Role.TRAINER), 2L, NOW));
        StaffAccount contact = new StaffAccount("a", "A", null, Set.of(Role.ORGANISATION_CONTACT, Role.TRAINER), 2L, NOW);
        assertTrue(contact.holds(Role.TRAINER) && contact.holds(Role.ORGANISATION_CONTACT));
    }
}
