package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.newToken();
            assertEquals(43, token.length(), "256 bits in base64url");
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(seen.add(token), "no repeats");
        }
    }

    @Test
    void theKeyedHashIsStableAndDependsOnTheSecret() {
        Tokens one = new Tokens(SECRET);
        String token = Tokens.newToken();
        assertEquals(one.hash(token), new Tokens(SECRET).hash(token), "every instance with the secret finds the row");
        assertTrue(one.hash(token).matches("[0-9a-f]{64}"));
        byte[] other = SECRET.clone();
        other[0] = 'x';
        assertNotEquals(one.hash(token), new Tokens(other).hash(token), "a stolen table is useless without the secret");
        assertNotEquals(one.hash(token), one.hash(token + "x"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Tokens(new byte[16]));
    }
}
