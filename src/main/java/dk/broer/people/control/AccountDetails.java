package dk.broer.people.control;

import dk.broer.people.entity.Role;
import dk.broer.platform.control.FieldError;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A staff account's details as an admin typed them, with what is wrong with them. */
public record AccountDetails(String username, String displayName, String email, List<String> roles, Long organisationId) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Lower case, trimmed: usernames are unique regardless of case. */
    public String normalisedUsername() {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public String normalisedDisplayName() {
        return PersonName.tidy(displayName);
    }

    public Optional<String> normalisedEmail() {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip());
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().map(code -> Role.ofCode(code).filter(Role::isStaff)).flatMap(Optional::stream).forEach(set::add);
        }
        return set;
    }

    public List<FieldError> problems(boolean withUsername) {
        List<FieldError> problems = new ArrayList<>();
        if (withUsername && !USERNAME.matcher(normalisedUsername()).matches()) {
            problems.add(FieldError.of("username", "account.username.invalid"));
        }
        problems.addAll(nameProblems("displayName", displayName));
        normalisedEmail().filter(e -> e.length() > 200 || !EMAIL.matcher(e).matches())
                .ifPresent(e -> problems.add(FieldError.of("email", "account.email.invalid")));
        List<String> given = roles == null ? List.of() : roles;
        if (given.isEmpty()) {
            problems.add(FieldError.of("roles", "account.roles.missing"));
        } else if (given.stream().anyMatch(code -> Role.ofCode(code).filter(Role::isStaff).isEmpty())) {
            problems.add(FieldError.of("roles", "account.roles.unknown"));
        }
        boolean contact = roleSet().contains(Role.ORGANISATION_CONTACT);
        if (contact && organisationId == null) {
            problems.add(FieldError.of("organisationId", "account.organisation.missing"));
        } else if (!contact && organisationId != null) {
            problems.add(FieldError.of("organisationId", "account.organisation.onlyContacts"));
        }
        return problems;
    }

    /** A display name: NFC, trimmed, 1–150 characters in any script, no control characters. */
    public static List<FieldError> nameProblems(String field, String name) {
        return PersonName.problems(field, name, "account.displayName");
    }
}
