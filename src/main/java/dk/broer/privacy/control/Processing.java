package dk.broer.privacy.control;

import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;

import java.util.List;

/**
 * What one capability declares about the personal data it holds: each capability has one bean
 * implementing this, next to the code that stores the data, so the record of processing, the
 * export and the completeness test all read the same declaration and none of them drifts.
 * The same bean observes {@link dk.broer.privacy.entity.Erasing} and
 * {@link dk.broer.privacy.entity.RetentionDue} to erase and retain its own data.
 */
public interface Processing {

    List<PersonalData> personalData();

    /** The capability's tables that hold nothing personal, each with the reason. */
    default List<OtherTable> otherTables() {
        return List.of();
    }
}
