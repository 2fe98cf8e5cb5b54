package dk.broer.people.control;

import dk.broer.people.entity.Role;
import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountDetailsTest {

    private static Map<String, String> problems(AccountDetails details) {
        return details.problems(true).stream().collect(Collectors.toMap(FieldError::field, FieldError::key));
    }

    @Test
    void aGoodAccountHasNoProblemsAndIsNormalised() {
        AccountDetails details = new AccountDetails("  Mette.J ", "Mette  Jørgensen ", " m@example.org ", List.of("trainer", "assessor"), null);
        assertEquals(Map.of(), problems(details));
        assertEquals("mette.j", details.normalisedUsername());
        assertEquals("Mette  Jørgensen", details.normalisedDisplayName());
        assertEquals("m@example.org", details.normalisedEmail().orElseThrow());
        assertEquals(Set.of(Role.TRAINER, Role.ASSESSOR), details.roleSet());
    }

    @Test
    void namesInAnyScriptAreKeptAsWritten() {
        for (String name : List.of("Nguyễn Thị Mai", "Şahin Öztürk", "محمد الأحمد", "Jógvan Ødegård", "<script>alert(1)</script>")) {
            assertEquals(Map.of(), problems(new AccountDetails("someone", name, null, List.of("trainer"), null)), name);
        }
        // Decomposed "ễ" is stored composed (NFC), so the same name is the same string.
        assertEquals("Nguyễn", new AccountDetails("x", "Nguye\u0302\u0303n", null, List.of(), null).normalisedDisplayName());
    }

    @Test
    void everyFieldSaysWhatIsWrong() {
        Map<String, String> problems = problems(new AccountDetails("a b", " ", "not-an-address", List.of(), null));
        assertEquals(Map.of("username", "account.username.invalid", "displayName", "account.displayName.missing",
                "email", "account.email.invalid", "roles", "account.roles.missing"), problems);
        assertEquals("account.roles.unknown",
                problems(new AccountDetails("anna", "Anna", null, List.of("learner"), null)).get("roles"));
        assertEquals("account.displayName.tooLong",
                problems(new AccountDetails("anna", "x".repeat(151), null, List.of("trainer"), null)).get("displayName"));
        assertEquals("account.displayName.control",
                problems(new AccountDetails("anna", "Anna\u0007", null, List.of("trainer"), null)).get("displayName"));
    }

    @Test
    void anOrganisationContactAndOnlyOneIsTiedToAnOrganisation() {
        assertEquals("account.organisation.missing",
                problems(new AccountDetails("hr.bus", "HR", null, List.of("organisation-contact"), null)).get("organisationId"));
        assertEquals("account.organisation.onlyContacts",
                problems(new AccountDetails("anna", "Anna", null, List.of("trainer"), 4L)).get("organisationId"));
        assertEquals(Map.of(), problems(new AccountDetails("hr.bus", "HR", null, List.of("organisation-contact"), 4L)));
    }
}
