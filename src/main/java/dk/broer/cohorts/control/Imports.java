package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.control.Learners;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Importing an employer's list into a cohort: a preview of every row first, then all or nothing.
 * The import checks the file again as it runs, in the same transaction, so what the preview
 * promised and what is saved can't drift apart when two trainers import at once.
 */
@ApplicationScoped
public class Imports {

    @Inject
    Joining joining;

    @Inject
    Learners learners;

    @Inject
    AuditLog audit;

    /** The preview: the file's rows with what would happen to each, or why the file can't be used. */
    public record Preview(EmployerList.Parsed file, List<ImportCheck.Checked> rows) {

        public long count(ImportCheck.Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    public record Imported(int added, int known, int skipped) {
    }

    @Transactional
    public Preview preview(Cohort cohort, byte[] file) {
        EmployerList.Parsed parsed = EmployerList.read(file);
        if (parsed.fileProblem().isPresent()) {
            return new Preview(parsed, List.of());
        }
        List<LearnerDetails> inCohort = joining.learnersIn(cohort.id()).values().stream()
                .map(l -> new LearnerDetails(l.name(), null, l.employeeNumber().orElse(null))).toList();
        Set<String> known = parsed.rows().stream().map(r -> r.employeeNumber()).filter(n -> n != null && !n.isBlank())
                .map(String::strip).filter(n -> learners.byEmployeeNumber(cohort.organisationId(), n).isPresent())
                .collect(Collectors.toSet());
        return new Preview(parsed, ImportCheck.check(parsed.rows(), ImportCheck.InCohort.of(inCohort), known,
                cohort.capacity() - cohort.enrolled()));
    }

    /** All rows or none: a refused row, or a full cohort on the way, rolls every row back. */
    @Transactional
    public Imported run(Cohort cohort, byte[] file) {
        Preview preview = preview(cohort, file);
        if (preview.file().fileProblem().isPresent()) {
            throw ApiProblem.invalid(preview.file().fileProblem().get());
        }
        if (ImportCheck.refusesAny(preview.rows())) {
            List<FieldError> problems = new ArrayList<>();
            preview.rows().stream().filter(r -> r.outcome() == ImportCheck.Outcome.REFUSED).forEach(r -> r.problems()
                    .forEach(p -> problems.add(new FieldError("rows." + r.row().line(), p.key(), p.args()))));
            throw ApiProblem.invalid(problems);
        }
        int added = 0;
        int known = 0;
        for (ImportCheck.Checked row : preview.rows()) {
            LearnerDetails details = new LearnerDetails(row.row().name(), row.row().phone(), row.row().employeeNumber());
            switch (row.outcome()) {
                case NEW -> {
                    joining.enrolImported(cohort, learners.create(details).learner());
                    added++;
                }
                case KNOWN -> {
                    Learner learner = learners.byEmployeeNumber(cohort.organisationId(), details.tidyEmployeeNumber().orElseThrow())
                            .orElseThrow();
                    joining.enrolImported(cohort, learner);
                    known++;
                }
                default -> {
                    // ALREADY: in the cohort, nothing to do
                }
            }
        }
        int skipped = (int) preview.count(ImportCheck.Outcome.ALREADY);
        if (added + known > 0) {
            audit.record("cohort.import", "cohort", cohort.id(), "added=" + added + "; known=" + known + "; skipped=" + skipped);
        }
        return new Imported(added, known, skipped);
    }
}
