package dk.broer.privacy.entity;

import java.util.Objects;

/** A text of the record of processing in both of Broer's languages. */
public record Wording(String da, String en) {

    public Wording {
        Objects.requireNonNull(da);
        Objects.requireNonNull(en);
    }
}
