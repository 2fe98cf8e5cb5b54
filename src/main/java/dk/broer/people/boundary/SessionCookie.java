package dk.broer.people.boundary;

import dk.broer.people.control.Sessions;
import dk.broer.platform.control.BaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that carries a session token: HttpOnly (no script reads it), SameSite=Lax (no
 * cross-site form post carries it; a link from a QR code or a text message still signs in), and
 * Secure with the __Host- prefix when Broer is served over https.
 */
@ApplicationScoped
public class SessionCookie {

    static final String PLAIN_NAME = "broer-session";
    static final String SECURE_NAME = "__Host-broer-session";

    @Inject
    BaseUrl baseUrl;

    public String name() {
        return baseUrl.isHttps() ? SECURE_NAME : PLAIN_NAME;
    }

    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = name();
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public boolean isPresent(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers.getCookies().containsKey(name());
    }

    public NewCookie of(Sessions.Started started) {
        long seconds = Math.max(0, Duration.between(Instant.now(), started.expiresAt()).toSeconds());
        return builder(started.token()).maxAge((int) Math.min(Integer.MAX_VALUE, seconds)).build();
    }

    public NewCookie cleared() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(name()).value(value).path("/").httpOnly(true)
                .secure(baseUrl.isHttps()).sameSite(NewCookie.SameSite.LAX);
    }
}
