package dk.broer.privacy;

import dk.broer.activities.control.OutreachProcessing;
import dk.broer.certification.control.CertificateProcessing;
import dk.broer.cohorts.control.CohortProcessing;
import dk.broer.consultants.control.ConsultantProcessing;
import dk.broer.credentials.control.CredentialProcessing;
import dk.broer.evaluations.control.EvaluationProcessing;
import dk.broer.learning.control.LearningProcessing;
import dk.broer.people.control.PeopleProcessing;
import dk.broer.platform.control.ThrottleProcessing;
import dk.broer.privacy.control.PrivacyProcessing;
import dk.broer.privacy.control.Processing;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capabilities' declarations of personal data, read as the record of processing reads them.
 * (That they cover every table and that the export holds every row is the API suite's PrivacyTests.)
 */
class DeclarationsTest {

    private static final List<Processing> ALL = List.of(new PeopleProcessing(), new CohortProcessing(), new LearningProcessing(),
            new CertificateProcessing(), new ConsultantProcessing(), new EvaluationProcessing(),
            new dk.broer.reporting.control.ReachProcessing(), new OutreachProcessing(), new CredentialProcessing(),
            new ThrottleProcessing(), new PrivacyProcessing());

    private static Stream<PersonalData> declared() {
        return ALL.stream().flatMap(p -> p.personalData().stream());
    }

    @Test
    void kindsAreUnique() {
        Set<String> seen = new HashSet<>();
        declared().forEach(d -> assertTrue(seen.add(d.kind()), "declared twice: " + d.kind()));
    }

    @Test
    void everyTextIsInBothLanguages() {
        declared().forEach(d -> Stream.of(d.what(), d.purpose(), d.retention().text(), d.basis().text())
                .forEach(w -> assertFilled(d.kind(), w)));
        ALL.stream().flatMap(p -> p.otherTables().stream()).forEach(t -> assertFilled(t.table(), t.why()));
    }

    private static void assertFilled(String where, Wording wording) {
        assertFalse(wording.da().isBlank(), where + ": Danish text");
        assertFalse(wording.en().isBlank(), where + ": English text");
        assertFalse(wording.da().equals(wording.en()), where + ": the Danish text is the English one");
    }

    /** A learner's or a staff member's data that can't be found by their id could never be exported or erased. */
    @Test
    void personalDataOfAPersonIsFoundByTheirId() {
        declared().filter(d -> d.subject() != Subject.ANYONE).forEach(d -> {
            assertFalse(d.stored().isEmpty(), d.kind() + " is stored somewhere");
            d.stored().forEach(s -> assertTrue(s.column().isPresent(), d.kind() + ": " + s.table() + " has the person's column"));
        });
    }

    @Test
    void aSettingHasOneDefault() {
        Map<String, Period> defaults = new HashMap<>();
        declared().forEach(d -> d.retention().setting().ifPresent(setting -> {
            Period period = d.retention().period().orElseThrow();
            Period before = defaults.putIfAbsent(setting, period);
            assertTrue(before == null || before.equals(period), setting + " has two defaults: " + before + " and " + period);
        }));
        assertEquals(Set.of("learners", "sessions", "links", "audit", "throttling"), defaults.keySet());
    }

    /** A table is personal or not, never both. */
    @Test
    void noTableIsBothPersonalAndNot() {
        Set<String> personal = new HashSet<>();
        declared().flatMap(d -> d.stored().stream()).map(Stored::table).forEach(personal::add);
        ALL.stream().flatMap(p -> p.otherTables().stream())
                .forEach(t -> assertFalse(personal.contains(t.table()), t.table() + " is declared both personal and not"));
    }

    /** Secrets' hashes are withheld from exports: handing them out helps nobody and a leak would help a guesser. */
    @Test
    void hashesOfSecretsAreWithheld() {
        Map<String, String> hashes = Map.of("learner", "resume_code_hash", "staff_account", "password_hash",
                "sign_in_session", "token_hash", "account_link", "token_hash");
        declared().flatMap(d -> d.stored().stream()).filter(s -> hashes.containsKey(s.table()))
                .forEach(s -> assertTrue(s.withheld().contains(hashes.get(s.table())), s.table() + " withholds " + hashes.get(s.table())));
    }
}
