package dk.broer.platform.control;

import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.LawfulBasis;
import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Retention;
import dk.broer.privacy.entity.RetentionDue;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Period;
import java.util.List;

/**
 * Failed guesses (sign-in, join codes, resume codes, one-time links), kept by address, username or
 * code so that guessing is throttled. They can't be tied to a person's id, so no export holds them.
 * The period must outlast the longest throttling window (a day).
 */
@ApplicationScoped
public class ThrottleProcessing implements Processing {

    @Inject
    Throttle throttle;

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("throttling", "platform", Subject.ANYONE,
                new Wording("Mislykkede forsøg på at logge ind eller bruge en kode: IP-adresse eller brugernavn og tidspunkt",
                        "Failed tries to sign in or use a code: IP address or username, and the time"),
                new Wording("At standse gætteri på adgangskoder og koder", "To stop the guessing of passwords and codes"),
                LawfulBasis.LEGAL_OBLIGATION,
                Retention.configured("throttling", Period.ofDays(1), "Slettes efter 1 døgn.", "Deleted after 1 day."),
                List.of(Stored.unlinked("failed_attempt"))));
    }

    @Override
    public List<OtherTable> otherTables() {
        return List.of(new OtherTable("server_secret", "platform",
                new Wording("Nøglen til de hashede koder; ingen personoplysninger", "The key for hashed codes; nothing about people")));
    }

    void retain(@Observes RetentionDue due) {
        due.removed("throttling", throttle.forgetBefore(due.cutoff("throttling")));
    }
}
