package dk.broer.credentials.boundary;

/** The JSON-LD contexts of the documents Broer publishes for verifiers (all bundled, see Contexts). */
final class Documents {

    static final String VC_CONTEXT = dk.broer.credentials.control.Contexts.CREDENTIALS_V2;
    static final String OB_CONTEXT = dk.broer.credentials.control.Contexts.OPEN_BADGES_V3;
    static final String MULTIKEY_CONTEXT = dk.broer.credentials.control.Contexts.MULTIKEY_V1;
    /** Verifiers fetch these documents at every check; a minute is short enough for a rotation to show. */
    static final int MAX_AGE_SECONDS = 60;

    private Documents() {
    }

    static jakarta.ws.rs.core.CacheControl shortCache() {
        jakarta.ws.rs.core.CacheControl cache = new jakarta.ws.rs.core.CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setNoTransform(false);
        return cache;
    }
}
