package dk.broer.certification.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwardTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    static Award.Facts facts() {
        return new Award.Facts(7, 3, 2, "bus-drivers", "Buschauffører", "Bus drivers", "Valby", "Fjordlinjen Bus A/S",
                "Københavns Kommunes inklusionsprogram", LocalDate.of(2026, 11, 19), null);
    }

    static Award award(String name, int edition) {
        return new Award(facts(), edition, name, "K7QXM-4TD9P", null, NOW);
    }

    @Test
    void aNewAwardIsValidAndFreezesItsFacts() {
        Award award = award("Ayşe Yılmaz", 1);
        assertTrue(award.isValid());
        assertEquals(facts(), award.facts(), "the next edition is made of the same facts");
        assertEquals("Bus drivers", award.trackTitle("en"));
        assertEquals("Buschauffører", award.trackTitle("da"));
        assertTrue(award.validUntil().isEmpty(), "frontline certificates don't expire");
    }

    @Test
    void supersededIsNotRevokedAndCanNotChangeAgain() {
        Award old = award("Yusra Abdulahi", 1);
        old.supersede(award("Yusra Abdullahi", 2), NOW);
        assertEquals(AwardStatus.SUPERSEDED, old.status());
        assertTrue(old.revokedAt().isEmpty());
        assertThrows(IllegalStateException.class, () -> old.revoke("x", null, NOW));
        assertThrows(IllegalStateException.class, () -> old.supersede(award("Y", 3), NOW));
    }

    @Test
    void revokingTwiceIsAMistakeNotANoOp() {
        Award award = award("Agnieszka Kowalska", 1);
        award.revoke("wrong cohort", "Issued by mistake", NOW);
        assertEquals(AwardStatus.REVOKED, award.status());
        assertEquals("Issued by mistake", award.publicReason().orElseThrow());
        assertEquals("wrong cohort", award.revokedReason().orElseThrow());
        assertThrows(IllegalStateException.class, () -> award.revoke("again", null, NOW));
    }
}
