package dk.broer.privacy.entity;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a kind of personal data is kept. When it has a setting, the daily retention run
 * removes what has passed the period, and {@code broer.retention.<setting>} changes it; otherwise
 * the text says what ends it (an account closed, the holder's erasure).
 */
public record Retention(Wording text, Optional<String> setting, Optional<Period> period) {

    /** Data that goes when the learner does: by erasure, or the retention run's inactive learners. */
    public static final Retention WITH_LEARNER = fixed(
            "Som deltagerens navn: slettes sammen med deltageren.", "As the learner's name: erased with the learner.");

    public Retention {
        Objects.requireNonNull(text);
    }

    public static Retention fixed(String da, String en) {
        return new Retention(new Wording(da, en), Optional.empty(), Optional.empty());
    }

    public static Retention configured(String setting, Period byDefault, String da, String en) {
        return new Retention(new Wording(da, en), Optional.of(setting), Optional.of(byDefault));
    }
}
