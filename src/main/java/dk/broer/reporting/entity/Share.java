package dk.broer.reporting.entity;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A proportion with its 95 % Wilson interval, in whole per cent (the interval to one decimal); all
 * null when the group is under the suppression threshold.
 */
public record Share(Integer percent, Double low, Double high) {

    public static final Share HIDDEN = new Share(null, null, null);

    /** Not printed: a hidden cell or share is one without its number. */
    @JsonbTransient
    public boolean isHidden() {
        return percent == null;
    }
}
