package dk.broer.people.entity;

import java.time.Duration;

/**
 * Who a sign-in session belongs to, and how long it lasts: staff about a working day, learners
 * (a phone at the depot, signed in with their resume code) about a month.
 */
public enum SubjectKind {
    STAFF(Duration.ofHours(2), Duration.ofHours(12)),
    LEARNER(Duration.ofDays(30), Duration.ofDays(90));

    private final Duration idle;
    private final Duration absolute;

    SubjectKind(Duration idle, Duration absolute) {
        this.idle = idle;
        this.absolute = absolute;
    }

    /** A session unused this long has ended. */
    public Duration idle() {
        return idle;
    }

    /** A session ends this long after sign-in, however much it is used. */
    public Duration absolute() {
        return absolute;
    }
}
