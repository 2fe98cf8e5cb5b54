package dk.broer.people.control;

import dk.broer.platform.control.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a learner gives when joining (or a trainer types for them): a name, and optionally a phone or employee number. */
public record LearnerDetails(String name, String phone, String employeeNumber) {

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s()\\-]{6,30}");
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[\\p{L}\\p{N}._/\\-]{1,40}");

    public String tidyName() {
        return PersonName.tidy(name);
    }

    public Optional<String> tidyPhone() {
        return optional(phone);
    }

    public Optional<String> tidyEmployeeNumber() {
        return optional(employeeNumber);
    }

    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>(PersonName.problems("name", name, "learner.name"));
        tidyPhone().ifPresent(p -> {
            if (Cpr.appearsIn(p)) {
                problems.add(FieldError.of("phone", "learner.cpr"));
            } else if (!PHONE.matcher(p).matches() || p.chars().filter(Character::isDigit).count() < 6) {
                problems.add(FieldError.of("phone", "learner.phone.invalid"));
            }
        });
        tidyEmployeeNumber().ifPresent(n -> {
            if (Cpr.appearsIn(n)) {
                problems.add(FieldError.of("employeeNumber", "learner.cpr"));
            } else if (!EMPLOYEE_NUMBER.matcher(n).matches()) {
                problems.add(FieldError.of("employeeNumber", "learner.employeeNumber.invalid"));
            }
        });
        if (Cpr.appearsIn(tidyName())) {
            problems.add(FieldError.of("name", "learner.cpr"));
        }
        return problems;
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
