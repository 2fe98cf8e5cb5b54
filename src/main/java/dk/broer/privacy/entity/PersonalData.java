package dk.broer.privacy.entity;

import java.util.List;
import java.util.Objects;

/**
 * One kind of personal data a capability holds, as the record of processing (GDPR art. 30)
 * states it: what it is, whose, why, on what basis, for how long, and where it is stored.
 */
public record PersonalData(String kind, String capability, Subject subject, Wording what, Wording purpose,
                           LawfulBasis basis, Retention retention, List<Stored> stored) {

    public PersonalData {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(capability);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(what);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(retention);
        stored = List.copyOf(stored);
    }
}
