package dk.broer.privacy.entity;

import java.util.Optional;

/**
 * A learner is being erased (GDPR art. 17), in one transaction: every capability observing this
 * removes or anonymises its part, in @Priority order (rows that refer to others first), and
 * anything thrown rolls all of it back. Certificates are either kept (valid, without the name)
 * or revoked; empty when the coordinator has not said, which is refused if there is a valid one.
 */
public record Erasing(long learnerId, Optional<CertificateChoice> certificates, Tally tally) {

    public enum CertificateChoice {
        KEEP, REVOKE
    }

    /** What the erasure did to certificates: the only detail its audit entry records. */
    public static final class Tally {
        private int kept;
        private int revoked;

        public void kept() {
            kept++;
        }

        public void revoked() {
            revoked++;
        }

        public int keptCount() {
            return kept;
        }

        public int revokedCount() {
            return revoked;
        }
    }

    /** The observers' order: awards let go of completions, consultants of enrolments, ..., the learner row last. */
    public static final int CERTIFICATES = 10;
    public static final int CONSULTANTS = 20;
    public static final int EVALUATIONS = 25;
    public static final int LEARNING = 30;
    public static final int COHORTS = 40;
    public static final int REPORTING = 50;
    public static final int PEOPLE = 60;
}
