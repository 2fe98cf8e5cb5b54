package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.platform.control.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cohort as a trainer or coordinator typed it, with what is wrong with it field by field.
 * References (organisation, district, track, audience, trainers) are checked by Cohorts against
 * the places they belong to.
 */
public record CohortDetails(String name, Long organisationId, String audience, String districtCode, String trackId,
                            String startsOn, String endsOn, Integer capacity, List<Long> trainers) {

    public String tidyName() {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    public Optional<LocalDate> start() {
        return date(startsOn);
    }

    public Optional<LocalDate> end() {
        return date(endsOn);
    }

    public Set<Long> trainerSet() {
        return trainers == null ? Set.of() : new LinkedHashSet<>(trainers);
    }

    /** The problems this details object has by itself. */
    List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        String tidy = tidyName();
        if (tidy.isEmpty()) {
            problems.add(FieldError.of("name", "cohort.name.missing"));
        } else if (tidy.length() > Cohort.MAX_NAME || tidy.chars().anyMatch(Character::isISOControl)) {
            problems.add(FieldError.of("name", "cohort.name.invalid", Cohort.MAX_NAME));
        }
        if (organisationId == null) {
            problems.add(FieldError.of("organisationId", "cohort.organisation.missing"));
        }
        if (trackId == null || trackId.isBlank()) {
            problems.add(FieldError.of("trackId", "cohort.track.missing"));
        }
        if (districtCode == null || districtCode.isBlank()) {
            problems.add(FieldError.of("districtCode", "cohort.district.missing"));
        }
        if (start().isEmpty()) {
            problems.add(FieldError.of("startsOn", "cohort.date.invalid"));
        }
        if (end().isEmpty()) {
            problems.add(FieldError.of("endsOn", "cohort.date.invalid"));
        } else if (start().isPresent() && end().get().isBefore(start().get())) {
            problems.add(FieldError.of("endsOn", "cohort.endsBeforeStart"));
        }
        if (capacity == null || capacity < 1 || capacity > Cohort.MAX_CAPACITY) {
            problems.add(FieldError.of("capacity", "cohort.capacity.invalid", Cohort.MAX_CAPACITY));
        }
        return problems;
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
