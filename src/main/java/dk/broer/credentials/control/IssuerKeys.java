package dk.broer.credentials.control;

import dk.broer.credentials.entity.IssuerKey;
import dk.broer.platform.control.Schema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The issuer's signing keys. The key pairs live in an encrypted file outside the database
 * (broer.keys.file, broer.keys.passphrase; every instance reads the same file), made with the
 * first key at first start. A wrong passphrase or a damaged file stops Broer at start: a silently
 * regenerated key would orphan every credential already issued. The public keys are also kept in
 * the database, so they stay published whatever happens to the file.
 */
@ApplicationScoped
public class IssuerKeys {

    /** After the schema, before content and demo data (which issues credentials). */
    public static final int LOAD_ORDER = Schema.MIGRATE_ORDER + 50;
    /** Only for the local run with invented data: a real installation must set its own. */
    static final String DEMO_PASSPHRASE = "demo-only-never-in-production";
    private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "broer.keys.file", defaultValue = "data/broer-keys.json")
    String file;

    @Inject
    @ConfigProperty(name = "broer.keys.passphrase")
    Optional<String> passphrase;

    @Inject
    @ConfigProperty(name = "broer.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "broer.exit-on-broken-keys", defaultValue = "true")
    boolean exitOnBrokenKeys;

    Clock clock = Clock.systemUTC();

    private volatile KeyFile keys;

    @Transactional
    void load(@Observes @Priority(LOAD_ORDER) @Initialized(ApplicationScoped.class) Object started) {
        try {
            keys = KeyFile.createIfMissing(Path.of(file), secret(), clock);
        } catch (RuntimeException e) {
            LOG.severe(() -> "Broer does not start: " + e.getMessage());
            if (exitOnBrokenKeys) {
                // As with broken content: the app must not look alive without its keys. From another
                // thread, because exiting on this one deadlocks with the deployment it runs in.
                new Thread(() -> System.exit(4), "broer-broken-keys").start();
            }
            throw e;
        }
        keys.all().forEach(this::publish);
        LOG.info(() -> "Signing credentials with key " + keys.current().id() + " from " + Path.of(file).toAbsolutePath());
    }

    char[] secret() {
        return passphrase.filter(p -> !p.isBlank()).or(() -> demo ? Optional.of(DEMO_PASSPHRASE) : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("broer.keys.passphrase is not set: it protects the key file "
                        + Path.of(file).toAbsolutePath() + " that signs every credential. Set it (e.g. BROER_KEYS_PASSPHRASE)."))
                .toCharArray();
    }

    public KeyFile.SigningKey current() {
        return keys.current();
    }

    /**
     * A 256-bit secret for another purpose, derived from a signing key's private part with
     * HMAC-SHA-256 and the purpose as label (distinct labels give unrelated secrets). The key file is
     * the one secret Broer keeps outside the database, so this is how another capability gets a
     * key that someone reading the database does not have. Old keys stay in the file, so a secret
     * derived from one can be derived again after a rotation.
     */
    public byte[] derivedSecret(String keyId, String purpose) {
        KeyFile.SigningKey key = key(keyId).or(() -> {
            // Another instance may have rotated since this one read the file.
            keys = KeyFile.open(Path.of(file), secret());
            return key(keyId);
        }).orElseThrow(() -> new IllegalStateException("No signing key " + keyId + " in the key file"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.pair().getPrivate().getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    private Optional<KeyFile.SigningKey> key(String id) {
        return keys.all().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** A new key signs from now on; the old ones stay published so that what they signed still verifies. */
    @Transactional
    public KeyFile.SigningKey rotate() {
        // Read the file again first: another instance may have rotated since this one started.
        keys = KeyFile.open(Path.of(file), secret());
        KeyFile.SigningKey next = keys.rotate(clock);
        publish(next);
        return next;
    }

    public List<IssuerKey> published() {
        return em.createNamedQuery(IssuerKey.ALL, IssuerKey.class).getResultList();
    }

    public Optional<IssuerKey> published(String id) {
        return Optional.ofNullable(em.find(IssuerKey.class, id));
    }

    private void publish(KeyFile.SigningKey key) {
        if (em.find(IssuerKey.class, key.id()) == null) {
            em.persist(new IssuerKey(key.id(), Multikey.encode(key.pair().getPublic()), key.created()));
        }
    }
}
