package dk.broer.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate as issued: everything it prints is frozen here when it is issued (the holder's
 * name as they confirmed it, the track's title in both languages, the cohort, the organisation,
 * the issuer, the dates), so renaming a cohort or a new wording of the track changes no
 * certificate already printed. Found by its random verification code. A corrected name makes a
 * new edition of the same completion's award and supersedes this one; revoking needs a reason.
 */
@Entity
@Table(name = "award")
@NamedQuery(name = Award.BY_CODE, query = "select a from Award a where a.code = :code")
@NamedQuery(name = Award.OF_COMPLETIONS, query = "select a from Award a where a.completionId in :completions order by a.edition")
@NamedQuery(name = Award.OF_LEARNER, query = "select a from Award a where a.learnerId = :learner order by a.issuedAt, a.id")
@NamedQuery(name = Award.OF_COHORT, query = "select a from Award a where a.cohortId = :cohort order by a.id")
@NamedQuery(name = Award.BY_CREDENTIAL, query = "select a from Award a where a.credentialId = :id")
@NamedQuery(name = Award.WITH_STATUS_INDEX, query = "select count(a) from Award a where a.statusIndex = :index")
@NamedQuery(name = Award.REVOKED_INDICES, query = "select a.statusIndex from Award a where a.statusIndex is not null"
        + " and a.status = dk.broer.certification.entity.AwardStatus.REVOKED")
@NamedQuery(name = Award.WITHOUT_CREDENTIAL, query = "select a from Award a where a.credentialId is null order by a.id")
@NamedQuery(name = Award.MOVE, query = "update Award a set a.learnerId = :kept where a.learnerId = :duplicate")
public class Award {

    public static final String BY_CODE = "Award.byCode";
    public static final String OF_COMPLETIONS = "Award.ofCompletions";
    public static final String OF_LEARNER = "Award.ofLearner";
    public static final String OF_COHORT = "Award.ofCohort";
    public static final String MOVE = "Award.move";
    public static final String BY_CREDENTIAL = "Award.byCredential";
    public static final String WITH_STATUS_INDEX = "Award.withStatusIndex";
    public static final String REVOKED_INDICES = "Award.revokedIndices";
    public static final String WITHOUT_CREDENTIAL = "Award.withoutCredential";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the holder is erased: nothing then ties the award to a person. */
    @Column(name = "completion_id")
    private Long completionId;

    @Column(nullable = false)
    private int edition;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "track_id", nullable = false, length = 60)
    private String trackId;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "holder_name", length = 300)
    private String holderName;

    @Column(name = "track_title_da", nullable = false, length = 300)
    private String trackTitleDa;

    @Column(name = "track_title_en", nullable = false, length = 300)
    private String trackTitleEn;

    @Column(name = "cohort_name", nullable = false, length = 300)
    private String cohortName;

    @Column(name = "organisation_name", nullable = false, length = 300)
    private String organisationName;

    @Column(name = "issuer_name", nullable = false, length = 300)
    private String issuerName;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** From when a certification holds, when not from its issue (one recorded from before Broer). */
    @Column(name = "valid_from")
    private LocalDate validFrom;

    /** Frontline certificates don't expire (null); the dialogue-consultant certification will. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** The staff account that confirmed the name on the learner's behalf; null when the learner did. */
    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AwardStatus status;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Why, for the audit trail and the coordinators; never shown publicly. */
    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    /** What the verification page may say about why (optional). */
    @Column(name = "public_reason", length = 300)
    private String publicReason;

    /** The signed Open Badges credential's id (a UUID under the base URL); null until signed. */
    @Column(name = "credential_id", length = 36)
    private String credentialId;

    /** This award's bit in the revocation status list. */
    @Column(name = "status_index")
    private Integer statusIndex;

    @Column(name = "credential_da", length = 16000)
    private String credentialDa;

    @Column(name = "credential_en", length = 16000)
    private String credentialEn;

    protected Award() {
        // for JPA
    }

    /** What an award is made from: the completion and the words frozen from it. */
    public record Facts(long completionId, long learnerId, long cohortId, String trackId, String trackTitleDa,
                        String trackTitleEn, String cohortName, String organisationName, String issuerName,
                        LocalDate completedOn, LocalDate validUntil) {

        /** The same facts for a certification that holds until the given day (a grant, a renewal). */
        public Facts until(LocalDate day) {
            return new Facts(completionId, learnerId, cohortId, trackId, trackTitleDa, trackTitleEn, cohortName,
                    organisationName, issuerName, completedOn, day);
        }
    }

    public Award(Facts facts, int edition, String holderName, String code, Long confirmedBy, Instant issuedAt) {
        this.completionId = facts.completionId();
        this.learnerId = facts.learnerId();
        this.cohortId = facts.cohortId();
        this.trackId = facts.trackId();
        this.trackTitleDa = facts.trackTitleDa();
        this.trackTitleEn = facts.trackTitleEn();
        this.cohortName = facts.cohortName();
        this.organisationName = facts.organisationName();
        this.issuerName = facts.issuerName();
        this.completedOn = facts.completedOn();
        this.validUntil = facts.validUntil();
        this.edition = edition;
        this.holderName = Objects.requireNonNull(holderName);
        this.code = Objects.requireNonNull(code);
        this.confirmedBy = confirmedBy;
        this.issuedAt = issuedAt;
        this.status = AwardStatus.VALID;
    }

    /** The same award's facts, for the next edition under a corrected name. */
    public Facts facts() {
        return new Facts(completionId, learnerId, cohortId, trackId, trackTitleDa, trackTitleEn, cohortName,
                organisationName, issuerName, completedOn, validUntil);
    }

    public boolean isValid() {
        return status == AwardStatus.VALID;
    }

    /** Only a valid award can be superseded or revoked: a second revocation is a mistake, not a no-op. */
    public void supersede(Award next, Instant at) {
        requireValid();
        this.status = AwardStatus.SUPERSEDED;
        this.supersededBy = next.id;
        this.supersededAt = at;
    }

    public void revoke(String reason, String publicReason, Instant at) {
        requireValid();
        this.status = AwardStatus.REVOKED;
        this.revokedReason = Objects.requireNonNull(reason);
        this.publicReason = publicReason;
        this.revokedAt = at;
    }

    private void requireValid() {
        if (!isValid()) {
            throw new IllegalStateException("Award " + id + " is " + status);
        }
    }

    /** The signed credentials (Danish and English) under one id and one status bit. */
    public void carry(String credentialId, int statusIndex, String danish, String english) {
        this.credentialId = Objects.requireNonNull(credentialId);
        this.statusIndex = statusIndex;
        this.credentialDa = Objects.requireNonNull(danish);
        this.credentialEn = Objects.requireNonNull(english);
    }

    public Optional<String> credentialId() {
        return Optional.ofNullable(credentialId);
    }

    public Optional<Integer> statusIndex() {
        return Optional.ofNullable(statusIndex);
    }

    public Optional<String> credential(String language) {
        return Optional.ofNullable("en".equals(language) ? credentialEn : credentialDa);
    }

    public String trackTitle(String language) {
        return "en".equals(language) ? trackTitleEn : trackTitleDa;
    }

    public Long id() {
        return id;
    }

    /** Only for an award whose holder is known (see {@link #holderErased()}). */
    public long completionId() {
        return completionId;
    }

    public int edition() {
        return edition;
    }

    /** Only for an award whose holder is known (see {@link #holderErased()}). */
    public long learnerId() {
        return learnerId;
    }

    public boolean heldBy(long learner) {
        return learnerId != null && learnerId == learner;
    }

    /**
     * Erasure of the holder (GDPR art. 17): the award stays, so its code still verifies (valid, or
     * revoked if the coordinator chose that), but without the name, the learner or the completion,
     * and without the signed credentials, which carry a hash of the name.
     */
    public void forgetHolder() {
        this.holderName = null;
        this.learnerId = null;
        this.completionId = null;
        this.confirmedBy = null;
        this.credentialDa = null;
        this.credentialEn = null;
    }

    public boolean holderErased() {
        return learnerId == null;
    }

    public long cohortId() {
        return cohortId;
    }

    public String trackId() {
        return trackId;
    }

    public String code() {
        return code;
    }

    public String holderName() {
        return holderName;
    }

    public String cohortName() {
        return cohortName;
    }

    public String organisationName() {
        return organisationName;
    }

    public String issuerName() {
        return issuerName;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public void holdsFrom(LocalDate day) {
        this.validFrom = day;
    }

    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public Optional<Long> confirmedBy() {
        return Optional.ofNullable(confirmedBy);
    }

    public AwardStatus status() {
        return status;
    }

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }

    public Optional<Long> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedReason() {
        return Optional.ofNullable(revokedReason);
    }

    public Optional<String> publicReason() {
        return Optional.ofNullable(publicReason);
    }
}
