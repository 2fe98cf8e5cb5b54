package dk.broer.people.control;

import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnerDetailsTest {

    private static Map<String, String> problems(String name, String phone, String employee) {
        return new LearnerDetails(name, phone, employee).problems().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::key, (a, b) -> a));
    }

    @Test
    void aNameInAnyScriptIsKeptExactlyAsTyped() {
        for (String name : List.of("Ayşe Yılmaz", "Nguyễn Thị Lan", "محمد الأحمد", "Jógvan Ødegård", "Abdirahman Warsame",
                "<script>alert(1)</script>", "=HYPERLINK(\"x\")")) {
            assertEquals(Map.of(), problems(name, null, null), name);
            assertEquals(name, new LearnerDetails("  " + name + " ", null, null).tidyName());
        }
    }

    @Test
    void oneToAHundredAndFiftyCharacters() {
        assertEquals("learner.name.missing", problems("  ", null, null).get("name"));
        assertEquals("learner.name.tooLong", problems("a".repeat(151), null, null).get("name"));
        assertEquals(Map.of(), problems("ع".repeat(150), null, null));
    }

    @Test
    void phoneAndEmployeeNumberAreOptionalButChecked() {
        assertEquals(Map.of(), problems("Ole", "+45 20 30 40 50", "BUS-4711"));
        assertEquals("learner.phone.invalid", problems("Ole", "call me", null).get("phone"));
        assertEquals("learner.employeeNumber.invalid", problems("Ole", null, "4711 7").get("employeeNumber"));
    }

    @Test
    void cprNumbersAreRefusedWherever() {
        assertEquals("learner.cpr", problems("Ole", null, "010203-1234").get("employeeNumber"));
        assertEquals("learner.cpr", problems("Ole", "0102031234", null).get("phone"));
        assertEquals("learner.cpr", problems("Ole 311299 1234", null, null).get("name"));
        assertTrue(Cpr.appearsIn("cpr 3112991234"));
        assertFalse(Cpr.appearsIn("3213991234"), "no 32nd day");
        assertFalse(Cpr.appearsIn("20304050"), "a phone number");
        assertFalse(Cpr.appearsIn("+4520304050"), "a phone number with country code: 45 20 30 is no date");
        assertFalse(Cpr.appearsIn("12345678901"), "eleven digits are not a CPR number");
    }
}
