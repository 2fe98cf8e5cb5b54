package dk.broer.credentials.control;

import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Wording;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The signed credentials themselves are kept with the award (certification); this capability's tables hold keys and bits. */
@ApplicationScoped
public class CredentialProcessing implements Processing {

    @Override
    public List<PersonalData> personalData() {
        return List.of();
    }

    @Override
    public List<OtherTable> otherTables() {
        return List.of(new OtherTable("issuer_key", "credentials", new Wording("Offentlige signeringsnøgler", "Public signing keys")),
                new OtherTable("status_list", "credentials", new Wording("Tilbagekaldelseslisten: én bit pr. bevis, uden navne",
                        "The revocation list: one bit per certificate, without names")));
    }
}
