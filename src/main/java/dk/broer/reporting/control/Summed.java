package dk.broer.reporting.control;

import dk.broer.reporting.entity.Fact;
import dk.broer.reporting.entity.Measure;

import java.time.LocalDate;

/** A measure's amount in one month and cell (and, for evaluations, one target): what the report adds up. */
public record Summed(Measure measure, LocalDate month, Fact.Cell cell, String target, long amount) {

    /** The same key without the amount, for adding rows up. */
    public record Key(Measure measure, LocalDate month, Fact.Cell cell, String target) {
    }

    public Key key() {
        return new Key(measure, month, cell, target);
    }
}
