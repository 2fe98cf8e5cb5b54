package dk.broer.reporting.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a fact counts. The first five are the report's tables; answers and agreeing feed the targets. */
public enum Measure {
    REACHED("reached"), TRAINED("trained"), ENROLMENTS("enrolments"), COMPLETIONS("completions"), CERTIFICATES("certificates"),
    ANSWERS("answers"), AGREEING("agreeing");

    /** The measures published as tables, in this order. */
    public static final List<Measure> TABLES = List.of(REACHED, TRAINED, ENROLMENTS, COMPLETIONS, CERTIFICATES);

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Measure> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
