package dk.broer.activities.control;

import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.LawfulBasis;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Events, campaigns and consultancies name no participant (recipients are described without
 * names); the only personal datum is which coordinator recorded them.
 */
@ApplicationScoped
public class OutreachProcessing implements Processing {

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("outreach.recorded", "activities", Subject.STAFF,
                new Wording("Hvem der registrerede en aktivitet eller en rådgivning", "Who recorded an activity or a consultancy"),
                new Wording("At vide, hvem man spørger om en registrering", "To know whom to ask about a record"),
                LawfulBasis.PUBLIC_TASK,
                Retention.fixed("Så længe aktiviteten indgår i rapporten.", "While the activity is part of the report."),
                List.of(Stored.in("activity", "created_by"), Stored.in("consultancy", "created_by"))));
    }
}
