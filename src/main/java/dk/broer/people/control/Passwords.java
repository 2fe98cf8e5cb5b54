package dk.broer.people.control;

import dk.broer.platform.control.Tokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Password hashing with Jakarta Security's PBKDF2. PBKDF2-HMAC-SHA256 at 600,000 iterations is
 * what the OWASP Password Storage Cheat Sheet recommends today (since 2023); about 0.4 s on one
 * core here, which is the cost of a sign-in. The iteration count is stored in each hash, so raising
 * it later leaves existing passwords working.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Compared with when there is no account, so that "no such user" takes as long as "wrong password". */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        // Made now, not at the first unknown username, so that one doesn't take twice as long.
        decoy = pbkdf2.generate(Base64.getEncoder().encodeToString(Tokens.randomBytes(24)).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** True only when there is a stored hash and the password matches it; as slow either way. */
    public boolean verify(String password, Optional<String> stored) {
        char[] candidate = password == null ? new char[0] : password.toCharArray();
        if (stored.isEmpty()) {
            pbkdf2.verify(candidate, decoy);
            return false;
        }
        return pbkdf2.verify(candidate, stored.get());
    }
}
