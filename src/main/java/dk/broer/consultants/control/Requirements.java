package dk.broer.consultants.control;

import dk.broer.content.entity.Certification;
import dk.broer.content.entity.PracticeKind;
import dk.broer.content.entity.PracticeRequirement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a candidate stands against a certification track: each practice requirement as "1 of 4",
 * and the modules still to pass. An assessor may approve only when nothing is missing.
 */
public final class Requirements {

    private Requirements() {
    }

    /** One requirement and how much of it is done (never more than asked, for "2 of 2"). */
    public record Standing(PracticeRequirement requirement, int done) {

        public boolean met() {
            return done >= requirement.count();
        }

        public int shown() {
            return Math.min(done, requirement.count());
        }
    }

    /** Everything between a candidate and approval. */
    public record Readiness(List<String> missingModules, List<Standing> practice) {

        public List<Standing> unmet() {
            return practice.stream().filter(s -> !s.met()).toList();
        }

        public boolean ready() {
            return missingModules.isEmpty() && unmet().isEmpty();
        }
    }

    public static List<Standing> standing(Certification certification, Map<PracticeKind, Integer> counted) {
        return certification.practice().stream()
                .map(r -> new Standing(r, counted.getOrDefault(r.kind(), 0))).toList();
    }

    public static Readiness readiness(List<String> modules, Set<String> passed, Certification certification,
                                      Map<PracticeKind, Integer> counted) {
        return new Readiness(modules.stream().filter(m -> !passed.contains(m)).toList(), standing(certification, counted));
    }
}
