package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A meeting as typed: a day, a start and an end time in Copenhagen time, and a place. */
public record MeetingDetails(String date, String startTime, String endTime, String place) {

    public String tidyPlace() {
        return place == null ? "" : place.strip();
    }

    Instant startsAt() {
        return Copenhagen.at(LocalDate.parse(date.strip()), LocalTime.parse(startTime.strip()));
    }

    Instant endsAt() {
        return Copenhagen.at(LocalDate.parse(date.strip()), LocalTime.parse(endTime.strip()));
    }

    List<FieldError> problems(Cohort cohort) {
        List<FieldError> problems = new ArrayList<>();
        Optional<LocalDate> day = parse(date, LocalDate::parse);
        if (day.isEmpty()) {
            problems.add(FieldError.of("date", "meeting.date.invalid"));
        } else if (!cohort.contains(day.get())) {
            problems.add(FieldError.of("date", "meeting.date.outside", cohort.startsOn(), cohort.endsOn()));
        }
        Optional<LocalTime> start = parse(startTime, LocalTime::parse);
        Optional<LocalTime> end = parse(endTime, LocalTime::parse);
        if (start.isEmpty()) {
            problems.add(FieldError.of("startTime", "meeting.time.invalid"));
        }
        if (end.isEmpty()) {
            problems.add(FieldError.of("endTime", "meeting.time.invalid"));
        } else if (start.isPresent() && !end.get().isAfter(start.get())) {
            problems.add(FieldError.of("endTime", "meeting.endsBeforeStart"));
        }
        if (tidyPlace().isEmpty()) {
            problems.add(FieldError.of("place", "meeting.place.missing"));
        } else if (tidyPlace().length() > Meeting.MAX_PLACE) {
            problems.add(FieldError.of("place", "meeting.place.tooLong", Meeting.MAX_PLACE));
        }
        return problems;
    }

    private static <T> Optional<T> parse(String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
