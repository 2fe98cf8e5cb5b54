package dk.broer.learning.control;

import dk.broer.content.entity.Track;
import dk.broer.content.entity.Workshop;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * When is an enrolment's track complete: every module the enrolment kept is passed (not the
 * follow-up, which opens only after completion), and the learner was at a meeting when the track
 * says the workshop is required (optional is recorded, never required). A track that leads to a
 * certification is complete only when an assessor approves, which is not decided here.
 */
public final class CompletionRules {

    private CompletionRules() {
    }

    /** The modules an enrolment must pass: what it kept on the day of enrolling, less the track's follow-up. */
    public static List<String> required(List<String> enrolmentModules, Track track) {
        return enrolmentModules.stream().filter(m -> track.followUpIfAny().map(f -> !f.equals(m)).orElse(true)).toList();
    }

    public static boolean met(Track track, Collection<String> required, Set<String> passed, boolean attended) {
        if (track.certificationIfAny().isPresent()) {
            return false;
        }
        boolean workshop = track.completion().workshop() != Workshop.REQUIRED || attended;
        return workshop && passed.containsAll(required);
    }

    /** The strictest pass mark of the tracks a learner takes the module in, so a pass counts in each of them. */
    public static int passMark(String moduleId, Collection<Track> tracks) {
        return tracks.stream().filter(t -> t.includes(moduleId)).mapToInt(t -> t.completion().passMark()).max().orElse(100);
    }
}
