package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.ImportCheck;
import dk.broer.cohorts.control.Imports;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.Messages;

import java.util.List;

/** The preview of an employer's list, in the trainer's language. */
public final class ImportViews {

    private ImportViews() {
    }

    public record Row(int line, String name, String phone, String employeeNumber, String outcome, List<String> problems) {
    }

    public record Counts(long added, long known, long already, long refused) {
    }

    /** problem: why the file can't be used at all, else null; ignoredColumns: headers Broer does not use. */
    public record Preview(String problem, String delimiter, List<String> ignoredColumns, List<Row> rows, Counts counts,
                          int placesLeft, boolean canImport) {
    }

    static Preview of(Imports.Preview preview, Cohort cohort, String language) {
        String problem = preview.file().fileProblem().map(p -> text(p, language)).orElse(null);
        List<Row> rows = preview.rows().stream().map(c -> new Row(c.row().line(), c.row().name(), c.row().phone(),
                c.row().employeeNumber(), c.outcome().name().toLowerCase(),
                c.problems().stream().map(p -> text(p, language)).toList())).toList();
        Counts counts = new Counts(preview.count(ImportCheck.Outcome.NEW), preview.count(ImportCheck.Outcome.KNOWN),
                preview.count(ImportCheck.Outcome.ALREADY), preview.count(ImportCheck.Outcome.REFUSED));
        boolean canImport = problem == null && counts.refused() == 0 && counts.added() + counts.known() > 0;
        return new Preview(problem, String.valueOf(preview.file().delimiter()), preview.file().ignoredColumns(), rows,
                counts, cohort.capacity() - cohort.enrolled(), canImport);
    }

    private static String text(FieldError error, String language) {
        return Messages.text(language, error.key(), error.args().toArray());
    }
}
