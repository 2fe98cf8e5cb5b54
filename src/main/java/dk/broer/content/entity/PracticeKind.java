package dk.broer.content.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of practice a certification track can require; the certification issue logs and checks them. */
public enum PracticeKind {
    DIALOGUE_PROJECT, SUPERVISION_SESSION, OBSERVED_FACILITATION, CASE_ANALYSIS, CO_FACILITATION, LED_DIALOGUE;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<PracticeKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
