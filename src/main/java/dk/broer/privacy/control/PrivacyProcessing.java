package dk.broer.privacy.control;

import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Wording;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The privacy capability's own table: which days' retention runs were claimed. */
@ApplicationScoped
public class PrivacyProcessing implements Processing {

    @Override
    public List<PersonalData> personalData() {
        return List.of();
    }

    @Override
    public List<OtherTable> otherTables() {
        return List.of(new OtherTable("retention_run", "privacy", new Wording("Hvilke dage oprydningen er kørt", "Which days the retention run has run")));
    }
}
