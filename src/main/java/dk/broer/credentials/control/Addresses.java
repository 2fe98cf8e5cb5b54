package dk.broer.credentials.control;

import dk.broer.platform.control.BaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where the issuer publishes what verifiers fetch, all under the public base URL: the issuer
 * profile, each key, the status list, each credential. Signed into every credential, so these
 * paths never change.
 */
@ApplicationScoped
public class Addresses {

    @Inject
    BaseUrl base;

    public String issuer() {
        return base.link("api/issuer");
    }

    public String key(String keyId) {
        return base.link("api/keys/" + keyId);
    }

    public String statusList() {
        return base.link("api/status/revocation");
    }

    public String credential(String id, String language) {
        return base.link("api/credentials/" + id + "/" + language);
    }

    /** A track's achievement: the same id on every credential of that track. */
    public String achievement(String trackId) {
        return base.link("api/achievements/" + trackId);
    }
}
