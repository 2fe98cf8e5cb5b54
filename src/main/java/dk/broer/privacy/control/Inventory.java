package dk.broer.privacy.control;

import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of processing (GDPR art. 30), gathered from every capability's {@link Processing},
 * with the retention periods as configured ({@code broer.retention.<setting>}, an ISO-8601 period
 * such as P24M) or their defaults.
 */
@ApplicationScoped
public class Inventory {

    static final String PREFIX = "broer.retention.";

    /** The configuration property of a retention setting: "learners" is broer.retention.learners. */
    public static String settingName(String setting) {
        return PREFIX + setting;
    }

    @Inject
    @Any
    Instance<Processing> capabilities;

    @Inject
    Config config;

    public List<PersonalData> personalData() {
        return capabilities.stream().flatMap(c -> c.personalData().stream())
                .sorted(Comparator.comparing(PersonalData::capability).thenComparing(PersonalData::kind)).toList();
    }

    public List<PersonalData> of(Subject subject) {
        return personalData().stream().filter(d -> d.subject() == subject).toList();
    }

    public List<OtherTable> otherTables() {
        return capabilities.stream().flatMap(c -> c.otherTables().stream())
                .sorted(Comparator.comparing(OtherTable::table)).toList();
    }

    /** The period in force for a kind of data with a setting: the configured one, else the default. */
    public Optional<Period> period(Retention retention) {
        return retention.setting().map(setting -> configured(setting).orElseGet(() -> retention.period().orElseThrow()));
    }

    /** Every setting and the period in force, checked: a period that doesn't parse stops the run with its name. */
    public Map<String, Period> periods() {
        Map<String, Period> periods = new LinkedHashMap<>();
        for (PersonalData data : personalData()) {
            data.retention().setting().ifPresent(setting -> periods.put(setting, period(data.retention()).orElseThrow()));
        }
        return periods;
    }

    private Optional<Period> configured(String setting) {
        return config.getOptionalValue(PREFIX + setting, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .map(value -> parse(setting, value));
    }

    private static Period parse(String setting, String value) {
        try {
            Period period = Period.parse(value);
            if (period.isNegative()) {
                throw new IllegalStateException(PREFIX + setting + " must not be negative: " + value);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PREFIX + setting + " is not a period like P30D, P24M or P3Y: " + value, e);
        }
    }
}
