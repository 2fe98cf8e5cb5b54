package dk.broer.cohorts.entity;

/** Where a cohort is in its life, as a Cohort decides for itself on a given day. */
public enum CohortStatus {
    /** Not started yet; people may already join. */
    PLANNED,
    /** Running and taking people. */
    OPEN,
    /** Every place is taken. */
    FULL,
    /** The trainer closed joining (or the code). */
    CLOSED,
    /** Past its end date: nobody joins any more. */
    ENDED;

    public boolean takesPeople() {
        return this == PLANNED || this == OPEN;
    }

    public String code() {
        return name().toLowerCase();
    }
}
