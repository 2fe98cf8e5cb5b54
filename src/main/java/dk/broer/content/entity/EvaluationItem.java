package dk.broer.content.entity;

import java.util.Optional;

/**
 * One statement of an evaluation, answered on the 1–5 scale. An item with a target counts towards
 * that programme target (its percentage is configuration, not content).
 */
public record EvaluationItem(String id, LocalizedText text, String target) {

    public Optional<String> targetIfAny() {
        return Optional.ofNullable(target);
    }
}
