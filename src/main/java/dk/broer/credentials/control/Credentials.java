package dk.broer.credentials.control;

import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardIssued;
import dk.broer.certification.entity.AwardRevoked;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.platform.control.Tokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Every award carries a signed Open Badges credential, in Danish and in English, made in the
 * transaction that issues the award (an award, its credential and its status bit exist together
 * or not at all); a revocation flips the bit and re-signs the list in its own transaction.
 */
@ApplicationScoped
public class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    StatusLists statusLists;

    @Inject
    Addresses addresses;

    @Inject
    ContentCatalogue content;

    Clock clock = Clock.systemUTC();

    void onIssued(@Observes AwardIssued issued) {
        sign(em.find(Award.class, issued.awardId()));
    }

    void onRevoked(@Observes AwardRevoked revoked) {
        statusLists.publish();
    }

    /** Signs the award's credentials (Danish and English) under one id and one status index. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(Award award) {
        String id = UUID.randomUUID().toString();
        int index = statusLists.freeIndex();
        String salt = java.util.HexFormat.of().formatHex(Tokens.randomBytes(16));
        Optional<Track> track = content.catalogue().track(award.trackId());
        KeyFile.SigningKey key = keys.current();
        String[] signed = new String[2];
        List<String> languages = List.of("da", "en");
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            JsonObject unsigned = OpenBadges.credential(award, language, new OpenBadges.Issue(addresses.credential(id, language),
                    addresses.issuer(), addresses.achievement(award.trackId()), addresses.statusList(), index, salt,
                    track.orElse(null)));
            signed[i] = DataIntegrityProof.sign(unsigned, key.pair().getPrivate(), addresses.key(key.id()), clock.instant()).toString();
        }
        award.carry(id, index, signed[0], signed[1]);
        em.flush();
    }

    public Optional<Award> byId(String id) {
        return em.createNamedQuery(Award.BY_CREDENTIAL, Award.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Awards issued before credentials existed get theirs at start, once. */
    @Transactional
    void backfill(@Observes @Priority(dk.broer.platform.control.DemoData.ORDER + 50) @Initialized(ApplicationScoped.class) Object started) {
        List<Award> missing = em.createNamedQuery(Award.WITHOUT_CREDENTIAL, Award.class).getResultList();
        missing.forEach(this::sign);
        if (!missing.isEmpty()) {
            statusLists.publish();
            LOG.info(() -> "Signed credentials for " + missing.size() + " awards issued before credentials");
        }
    }
}
