package dk.broer.cohorts.control;

import dk.broer.people.control.Cpr;
import dk.broer.people.control.LearnerDetails;
import dk.broer.platform.control.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What would happen to each row of an employer's list, before anything is saved: a new learner,
 * one Broer already knows (same organisation and employee number), already in the cohort
 * (skipped: importing the same file twice adds nobody twice), or refused with its problems —
 * a bad name, a CPR number anywhere in the row, the same person twice in the file, or no place
 * left. One refused row stops the whole import.
 */
public final class ImportCheck {

    public enum Outcome { NEW, KNOWN, ALREADY, REFUSED }

    public record Checked(EmployerList.Row row, Outcome outcome, List<FieldError> problems) {
    }

    /** Who is in the cohort now, to spot rows already there: their employee numbers, and the names of those without one. */
    public record InCohort(Set<String> employeeNumbers, Set<String> namesWithoutNumber) {

        public static InCohort of(List<LearnerDetails> learners) {
            Set<String> numbers = new java.util.HashSet<>();
            Set<String> names = new java.util.HashSet<>();
            for (LearnerDetails learner : learners) {
                learner.tidyEmployeeNumber().ifPresentOrElse(numbers::add, () -> names.add(identity(learner)));
            }
            return new InCohort(numbers, names);
        }
    }

    private ImportCheck() {
    }

    /**
     * @param known      employee numbers of learners Broer already has for this organisation
     * @param placesLeft free places in the cohort
     */
    public static List<Checked> check(List<EmployerList.Row> rows, InCohort inCohort, Set<String> known, int placesLeft) {
        List<Checked> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int places = placesLeft;
        for (EmployerList.Row row : rows) {
            List<FieldError> problems = new ArrayList<>(row.problems());
            LearnerDetails details = new LearnerDetails(row.name(), row.phone(), row.employeeNumber());
            details.problems().stream().filter(p -> !p.key().equals("learner.cpr")).forEach(problems::add);
            if (row.fields().stream().anyMatch(Cpr::appearsIn)) {
                problems.add(FieldError.of("row", "import.row.cpr"));
            }
            String identity = identity(details);
            Integer first = seen.putIfAbsent(identity, row.line());
            if (first != null) {
                problems.add(FieldError.of("row", "import.row.duplicate", first));
            }
            Outcome outcome;
            if (!problems.isEmpty()) {
                outcome = Outcome.REFUSED;
            } else if (isIn(details, inCohort)) {
                outcome = Outcome.ALREADY;
            } else if (places <= 0) {
                problems.add(FieldError.of("row", "import.row.noPlace"));
                outcome = Outcome.REFUSED;
            } else {
                places--;
                outcome = details.tidyEmployeeNumber().filter(known::contains).isPresent() ? Outcome.KNOWN : Outcome.NEW;
            }
            checked.add(new Checked(row, outcome, List.copyOf(problems)));
        }
        return checked;
    }

    /** The same person twice in one file: the same employee number, or (without one) the same name. */
    static String identity(LearnerDetails details) {
        return details.tidyEmployeeNumber().map(n -> "#" + n.toLowerCase(Locale.ROOT))
                .orElseGet(() -> "@" + details.tidyName().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean isIn(LearnerDetails details, InCohort inCohort) {
        return details.tidyEmployeeNumber().map(inCohort.employeeNumbers()::contains)
                .orElseGet(() -> inCohort.namesWithoutNumber().contains(identity(details)));
    }

    public static boolean refusesAny(List<Checked> checked) {
        return checked.stream().anyMatch(c -> c.outcome() == Outcome.REFUSED);
    }
}
