package dk.broer.content.entity;

/** Whether a track's in-person workshop counts towards completing it. */
public enum Workshop {
    REQUIRED, OPTIONAL, NONE;

    public String code() {
        return name().toLowerCase();
    }
}
