package dk.broer.activities.control;

import dk.broer.cohorts.entity.District;
import dk.broer.people.control.Cpr;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields activities and consultancies share, checked all at once so that nothing is half-saved. */
final class OutreachChecks {

    final List<FieldError> errors = new ArrayList<>();
    private final EntityManager em;

    OutreachChecks(EntityManager em) {
        this.em = em;
    }

    String text(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(FieldError.of(field, "outreach.text.missing"));
        } else if (text.length() > max) {
            errors.add(FieldError.of(field, "outreach.text.tooLong", max));
        } else if (Cpr.appearsIn(text)) {
            errors.add(FieldError.of(field, "outreach.text.cpr"));
        }
        return text;
    }

    void day(String field, LocalDate day) {
        if (day == null) {
            errors.add(FieldError.of(field, "outreach.date.missing"));
        }
    }

    void district(String field, String code) {
        if (code == null || code.isBlank() || em.find(District.class, code) == null) {
            errors.add(FieldError.of(field, "outreach.district.unknown"));
        }
    }

    void count(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.add(FieldError.of(field, "outreach.number.range", min, max));
        }
    }

    void done() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
