package dk.broer.cohorts.entity;

import dk.broer.platform.control.ReadableCode;

import java.util.Optional;

/**
 * A cohort's join code, on a slide or a poster: "K7QX-M4TD-9PRW", three groups of four of 29
 * symbols that can't be mistaken for each other: 58.3 random bits, 3.5 × 10^17 codes.
 * <p>
 * The numbers: failed attempts are throttled per address (Joining: 20 per 15 minutes), at most
 * 345,600 guesses per address over a cohort's life of 180 days: a chance of 10^-12 of hitting
 * it. A wrong code names no cohort, so there is no per-cohort counter to keep; instead the code
 * is long enough that a botnet of 10,000 addresses, each at the limit for those 180 days
 * (3.5 × 10^9 guesses), has a chance of about 500 × 3.5 × 10^9 / 3.5 × 10^17 ≈ 5 × 10^-6 of
 * hitting any one of 500 open cohorts. A global
 * counter was left out on purpose: whoever exhausts it would lock every venue out of joining.
 * Successful joins never count, so a venue's Wi-Fi full of people who type the right code is
 * never slowed down.
 */
public final class JoinCode {

    static final int GROUPS = 3;
    static final int SIZE = 4;

    private JoinCode() {
    }

    public static String random() {
        return ReadableCode.random(GROUPS, SIZE);
    }

    public static Optional<String> normalise(String typed) {
        return ReadableCode.normalise(typed, GROUPS, SIZE);
    }
}
