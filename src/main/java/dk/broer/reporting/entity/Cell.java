package dk.broer.reporting.entity;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One published number: its value, or nothing when it is hidden. {@code shown} is what every output
 * prints: the number, "<5" for a small count (primary suppression) or "–" for a cell hidden so that a
 * small one cannot be worked out from the totals (complementary suppression).
 */
public record Cell(Integer value, String shown) {

    public static final String COMPLEMENTARY = "–";

    public static Cell of(int value) {
        return new Cell(value, Integer.toString(value));
    }

    public static Cell small(int threshold) {
        return new Cell(null, "<" + threshold);
    }

    public static Cell complementary() {
        return new Cell(null, COMPLEMENTARY);
    }

    /** Not printed: a hidden cell or share is one without its number. */
    @JsonbTransient
    public boolean isHidden() {
        return value == null;
    }
}
