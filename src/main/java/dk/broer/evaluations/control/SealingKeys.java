package dk.broer.evaluations.control;

import dk.broer.credentials.control.IssuerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys held answers are sealed under, derived from the issuer's key file: the one secret that
 * lives outside the database, so an admin who reads every table cannot open a held answer.
 */
@ApplicationScoped
public class SealingKeys {

    static final String PURPOSE = "broer/evaluations/held-answers/v1";

    @Inject
    IssuerKeys issuer;

    private final Map<String, Sealing> byKey = new ConcurrentHashMap<>();

    public Sealing current() {
        return of(issuer.current().id());
    }

    public Sealing of(String keyId) {
        return byKey.computeIfAbsent(keyId, id -> new Sealing(id, issuer.derivedSecret(id, PURPOSE)));
    }
}
