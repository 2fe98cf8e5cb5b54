package dk.broer.credentials.control;

import dk.broer.certification.entity.Award;
import dk.broer.credentials.entity.PublishedStatusList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.BitSet;
import java.util.List;

/**
 * The revocation list (W3C Bitstring Status List): one bit per credential, at a random index, set
 * when its award is revoked — never when it is superseded, for the old credential was true when
 * issued. The list is worked out from the awards, signed by the issuer and stored, in the
 * transaction of every revocation; verifiers fetch it at a stable address.
 */
@ApplicationScoped
public class StatusLists {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    Addresses addresses;

    Clock clock = Clock.systemUTC();

    /**
     * A random index no credential has yet: drawn and looked up by the index, not by reading every
     * index in use; the database's unique constraint settles a race. With one list of 131,072 the
     * chance of a collision stays small until tens of thousands of awards (a second list is for then).
     */
    public int freeIndex() {
        for (int attempt = 0; attempt < 64; attempt++) {
            int index = RANDOM.nextInt(StatusList.SIZE);
            if (em.createNamedQuery(Award.WITH_STATUS_INDEX, Long.class).setParameter("index", index).getSingleResult() == 0) {
                return index;
            }
        }
        throw new IllegalStateException("The revocation list is nearly full: a second list is needed");
    }

    /** Signs the list as the awards now say and stores it; the row lock makes two revocations at once queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish() {
        PublishedStatusList stored = em.find(PublishedStatusList.class, PublishedStatusList.REVOCATION,
                LockModeType.PESSIMISTIC_WRITE);
        List<Integer> revoked = em.createNamedQuery(Award.REVOKED_INDICES, Integer.class).getResultList();
        BitSet bits = new BitSet(StatusList.SIZE);
        revoked.forEach(bits::set);
        String signed = sign(bits).toString();
        if (stored == null) {
            em.persist(new PublishedStatusList(PublishedStatusList.REVOCATION, signed, revoked.size(), clock.instant()));
        } else {
            stored.republish(signed, revoked.size(), clock.instant());
        }
    }

    /** {@link #publish()} in a transaction of its own, for the start-up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void republish() {
        publish();
    }

    /** The published list, made at first use. */
    @Transactional
    public String current() {
        PublishedStatusList stored = em.find(PublishedStatusList.class, PublishedStatusList.REVOCATION);
        if (stored == null) {
            publish();
            stored = em.find(PublishedStatusList.class, PublishedStatusList.REVOCATION);
        }
        return stored.credential();
    }

    private JsonObject sign(BitSet bits) {
        String id = addresses.statusList();
        JsonObject list = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OpenBadges.VC_CONTEXT))
                .add("id", id)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", addresses.issuer())
                .add("validFrom", OpenBadges.instant(clock.instant()))
                .add("credentialSubject", Json.createObjectBuilder().add("id", id + "#list")
                        .add("type", "BitstringStatusList").add("statusPurpose", PublishedStatusList.REVOCATION)
                        .add("encodedList", StatusList.encode(bits)))
                .build();
        KeyFile.SigningKey key = keys.current();
        return DataIntegrityProof.sign(list, key.pair().getPrivate(), addresses.key(key.id()), clock.instant());
    }
}
