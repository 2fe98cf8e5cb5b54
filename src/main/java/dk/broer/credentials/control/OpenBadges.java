package dk.broer.credentials.control;

import dk.broer.certification.entity.Award;
import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An award as an Open Badges 3.0 OpenBadgeCredential (W3C VC data model 2.0), unsigned: the
 * shape every term of which the bundled contexts define (Canonical refuses anything else). The
 * holder is identified by a salted hash of the name on the certificate, never the name itself:
 * whoever holds the certificate can show the name and salt that produce it.
 */
public final class OpenBadges {

    static final String VC_CONTEXT = Contexts.CREDENTIALS_V2;
    static final String OB_CONTEXT = Contexts.OPEN_BADGES_V3;

    private OpenBadges() {
    }

    /** What goes into a credential besides the award: where things live, and the track as it reads today. */
    public record Issue(String id, String issuerId, String achievementId, String statusListId, int statusIndex,
                        String salt, Track track) {
    }

    public static JsonObject credential(Award award, String language, Issue issue) {
        var status = Json.createObjectBuilder().add("id", issue.statusListId() + "#" + issue.statusIndex())
                .add("type", "BitstringStatusListEntry").add("statusPurpose", "revocation")
                .add("statusListIndex", String.valueOf(issue.statusIndex())).add("statusListCredential", issue.statusListId());
        var credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", issue.id())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", issue.issuerId())
                        .add("type", Json.createArrayBuilder().add("Profile")).add("name", award.issuerName()))
                .add("validFrom", instant(award.validFrom().map(d -> Copenhagen.at(d, java.time.LocalTime.MIDNIGHT))
                        .filter(from -> from.isBefore(award.issuedAt())).orElse(award.issuedAt())))
                .add("awardedDate", instant(Copenhagen.at(award.completedOn(), java.time.LocalTime.NOON)))
                .add("name", award.trackTitle(language))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "IdentityObject").add("identityHash", identityHash(award.holderName(), issue.salt()))
                                .add("identityType", "name").add("hashed", true).add("salt", issue.salt())))
                        .add("achievement", achievement(award, language, issue)))
                .add("credentialStatus", status);
        award.validUntil().ifPresent(until -> credential.add("validUntil",
                instant(Copenhagen.at(until.plusDays(1), java.time.LocalTime.MIDNIGHT))));
        return credential.build();
    }

    private static JsonObject achievement(Award award, String language, Issue issue) {
        Track track = issue.track();
        String description = track == null ? award.trackTitle(language) : track.summary().in(language);
        return Json.createObjectBuilder().add("id", issue.achievementId())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("name", award.trackTitle(language))
                .add("description", description)
                .add("criteria", Json.createObjectBuilder().add("narrative", narrative(track, language)))
                .build();
    }

    /** How the track is earned, from its completion rule: "Passed the knowledge check of all 6 modules (80 %) …". */
    static String narrative(Track track, String language) {
        if (track == null) {
            return Messages.text(language, "credential.criteria.generic");
        }
        boolean workshop = track.completion().workshop() == Workshop.REQUIRED;
        return Messages.text(language, workshop ? "credential.criteria.withWorkshop" : "credential.criteria",
                track.moduleIds().size(), track.completion().passMark());
    }

    /** Open Badges' "sha256$" + hex(SHA-256(identity + salt)). */
    public static String identityHash(String name, String salt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((name + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "2026-11-13T10:00:00Z": whole seconds, as the proof's created date too. */
    static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
