package dk.broer.content.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionRuleTest {

    private final CompletionRule rule = new CompletionRule(80, Workshop.REQUIRED);

    @Test
    void passesAtThePassMark() {
        assertTrue(rule.passes(4, 5));
        assertTrue(rule.passes(5, 5));
        assertFalse(rule.passes(3, 5));
        assertFalse(rule.passes(7, 9));
        assertTrue(rule.passes(8, 10));
    }
}
