package dk.broer.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for throttling and the audit log. X-Forwarded-For is believed
 * only when the request arrives from a configured trusted proxy (broer.trusted-proxies); then the
 * right-most address that is not itself a trusted proxy is the client. Anyone else could write
 * any address into that header.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "broer.trusted-proxies")
    Optional<String> trustedProxies;

    public String value() {
        Set<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remoteAddress;
    }
}
