package dk.broer.people.entity;

import java.time.Duration;

/** What a one-time link lets its holder do, and for how long. */
public enum LinkPurpose {
    /** Create the first admin account of a fresh installation (logged at start). */
    SETUP(Duration.ofHours(24)),
    /** A new account's holder sets their own password. */
    INVITE(Duration.ofHours(72)),
    /** A person who forgot their password sets a new one. */
    RESET(Duration.ofHours(72));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
