package dk.broer.content.entity;

import java.util.List;
import java.util.Optional;

/**
 * The criteria an assessor scores when observing a candidate facilitate, on one scale shared by every
 * criterion. The scale runs from the lowest level to the highest; an observation counts towards its
 * requirement when every criterion reaches {@code passLevel}.
 */
public record Rubric(List<RubricLevel> scale, String passLevel, List<RubricCriterion> criteria) {

    public Rubric {
        scale = List.copyOf(scale);
        criteria = List.copyOf(criteria);
    }

    public Optional<RubricLevel> level(String id) {
        return scale.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<RubricCriterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether a score on the scale reaches the pass level; an id not on the scale never does. */
    public boolean passes(String levelId) {
        int rank = rank(levelId);
        return rank >= 0 && rank >= rank(passLevel);
    }

    private int rank(String levelId) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }
}
