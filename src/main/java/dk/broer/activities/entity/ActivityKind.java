package dk.broer.activities.entity;

import java.util.Arrays;
import java.util.Optional;

/** An event happens on a day or two (Taste the World); a campaign runs for weeks (the nightlife campaign). */
public enum ActivityKind {
    EVENT("event"), CAMPAIGN("campaign");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActivityKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
