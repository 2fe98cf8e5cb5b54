package dk.broer.consultants.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a candidate logs: a dialogue they facilitated, their local project, a supervision session, the case analysis. */
public enum EntryKind {
    DIALOGUE, PROJECT, SUPERVISION, CASE_ANALYSIS;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EntryKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
