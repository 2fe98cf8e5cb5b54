package dk.broer.privacy.entity;

/** Whose data: a learner (a bus driver, a consultant in training), a staff account, or anyone who calls Broer. */
public enum Subject {
    LEARNER, STAFF, ANYONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
