package dk.broer.evaluations.entity;

import java.util.Arrays;
import java.util.Optional;

/** What an evaluation follows. The code is the content's occasion name (content/evaluations/*.yaml). */
public enum OccasionKind {
    TRACK("track"), MEETING("meeting"), ACTIVITY("activity"), CONSULTANCY("consultancy");

    private final String code;

    OccasionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Answered by a cohort's learners on their own page, rather than through a link anyone may hold. */
    public boolean isForLearners() {
        return this == TRACK || this == MEETING;
    }

    public static Optional<OccasionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
