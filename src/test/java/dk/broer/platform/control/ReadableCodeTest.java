package dk.broer.platform.control;

import dk.broer.cohorts.entity.JoinCode;
import dk.broer.people.entity.ResumeCode;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadableCodeTest {

    @Test
    void noSymbolThatLooksLikeAnother() {
        for (char confusable : "0O1IL".toCharArray()) {
            assertEquals(-1, ReadableCode.ALPHABET.indexOf(confusable), String.valueOf(confusable));
        }
        assertEquals(29, ReadableCode.ALPHABET.length());
        assertEquals(29, ReadableCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void joinCodesAreThreeGroupsOfFourWithOver58Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.random();
            assertTrue(code.matches("[" + ReadableCode.ALPHABET + "]{4}-[" + ReadableCode.ALPHABET + "]{4}-["
                    + ReadableCode.ALPHABET + "]{4}"), code);
            assertTrue(seen.add(code));
        }
        assertTrue(ReadableCode.bits(12) > 58, "join code entropy");
    }

    @Test
    void resumeCodesHaveMoreThanSixtyBits() {
        String code = ResumeCode.random();
        assertTrue(code.matches("\\w{5}-\\w{5}-\\w{5}"), code);
        assertTrue(ReadableCode.bits(15) >= 60, "the brief asks for 60 random bits or more: " + ReadableCode.bits(15));
    }

    @Test
    void typingIsForgivingButOnlyOurSymbolsCount() {
        assertEquals(Optional.of("K7QX-M4TD-9PRW"), JoinCode.normalise(" k7qx m4td 9prw "));
        assertEquals(Optional.of("K7QX-M4TD-9PRW"), JoinCode.normalise("K7QXM4TD9PRW"));
        assertEquals(Optional.empty(), JoinCode.normalise("K7QX-M4TD-9PR0"), "0 is not one of ours");
        assertEquals(Optional.empty(), JoinCode.normalise("K7QX-M4TD"), "too short");
        assertEquals(Optional.empty(), JoinCode.normalise("x".repeat(500)));
        assertEquals(Optional.empty(), JoinCode.normalise(null));
        assertEquals(Optional.of("K7QXM-4TD9P-RW3HN"), ResumeCode.normalise("k7qxm-4td9p-rw3hn"));
    }

    @Test
    void onlyLockConflictsAndLostUniqueRacesAreRetried() {
        assertTrue(Retry.isConflict(new RuntimeException(new SQLException("deadlock", "40001"))));
        assertTrue(Retry.isConflict(new IllegalStateException(new RuntimeException(new SQLException("timeout", "40XL1")))));
        assertTrue(Retry.isConflict(new RuntimeException(new SQLException("duplicate", "23505"))));
        assertFalse(Retry.isConflict(new RuntimeException(new SQLException("syntax", "42X01"))));
        assertFalse(Retry.isConflict(ApiProblem.conflict("join.full")));
        int[] attempts = {0};
        assertEquals("done", Retry.onConflict(() -> {
            if (++attempts[0] < 3) {
                throw new RuntimeException(new SQLException("deadlock", "40001"));
            }
            return "done";
        }));
        assertEquals(3, attempts[0]);
    }
}
