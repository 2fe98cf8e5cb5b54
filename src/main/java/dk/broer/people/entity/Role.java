package dk.broer.people.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller may do. The first five are staff roles, held by accounts (one person may hold
 * several); LEARNER is what a signed-in learner is, and is never granted to a staff account.
 */
public enum Role {
    TRAINER, COORDINATOR, ASSESSOR, ADMIN, ORGANISATION_CONTACT, LEARNER;

    /** The code in the API, pages and message keys: "trainer", "organisation-contact". */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public boolean isStaff() {
        return this != LEARNER;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
