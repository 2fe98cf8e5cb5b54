package dk.broer.reporting.control;

import dk.broer.reporting.entity.Share;

/**
 * The share who agreed, with its 95 % Wilson score interval: unlike the plain ± interval it stays
 * inside 0–100 % and is honest for the small groups and the high shares evaluations produce.
 */
public final class Wilson {

    static final double Z = 1.959963984540054;

    private Wilson() {
    }

    /** Hidden when {@code n} is under the threshold: no percentage for a small group. */
    public static Share of(long agreeing, long n, int threshold) {
        if (n < threshold || n == 0) {
            return Share.HIDDEN;
        }
        double p = (double) agreeing / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Share((int) Math.round(100 * p), tenth(100 * Math.max(0, centre - half)), tenth(100 * Math.min(1, centre + half)));
    }

    /** met when the share reaches the target, too-few under the threshold. */
    public static String status(long agreeing, long n, int percent, int threshold) {
        if (n < threshold || n == 0) {
            return "too-few";
        }
        return agreeing * 100 >= (long) percent * n ? "met" : "not-met";
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
