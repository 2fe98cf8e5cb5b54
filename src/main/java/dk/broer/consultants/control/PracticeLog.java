package dk.broer.consultants.control;

import dk.broer.consultants.entity.PracticeEntry;
import dk.broer.content.entity.PracticeKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A candidate's log counted against the track's requirements; the observation comes from the assessor. */
public final class PracticeLog {

    private PracticeLog() {
    }

    public static Map<PracticeKind, Integer> counted(List<PracticeEntry> entries, boolean observationPassed) {
        Map<PracticeKind, Integer> counted = new EnumMap<>(PracticeKind.class);
        entries.stream().map(PracticeEntry::countsTowards).flatMap(Optional::stream)
                .forEach(kind -> counted.merge(kind, 1, Integer::sum));
        if (observationPassed) {
            counted.put(PracticeKind.OBSERVED_FACILITATION, 1);
        }
        return counted;
    }
}
