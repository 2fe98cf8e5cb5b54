package dk.broer.people.control;

import dk.broer.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    private static String problem(String password, String username) {
        return PasswordRules.problem("password", password, username).map(FieldError::key).orElse("ok");
    }

    @Test
    void aLongPassphraseIsFine() {
        assertEquals("ok", problem("hestekastanje og kaffe", "mette.j"));
        assertEquals("ok", problem("Grøn bus 5C kl. seks", "yusuf"));
    }

    @Test
    void atLeastTwelveCharactersCountedAsCharactersNotBytes() {
        assertEquals("password.tooShort", problem("kort-kode1", "mette"));
        assertEquals("password.missing", problem("", "mette"));
        assertEquals("password.missing", problem(null, "mette"));
        // 12 letters, each two UTF-16 units: 12 characters, so long enough.
        assertEquals("ok", problem("𝒶𝒷𝒸𝒹𝑒𝒻𝑔𝒽𝒾𝒿𝓀𝓁", "mette"));
        assertEquals("password.tooLong", problem("a".repeat(90) + "b".repeat(120), "mette"));
    }

    @Test
    void notTheUsernameNorBuiltOnIt() {
        assertEquals("password.username", problem("ida.lindqvist", "ida.lindqvist"));
        assertEquals("password.username", problem("IDA.LINDQVIST", "ida.lindqvist"));
        assertEquals("password.username", problem("mette.j-secret-1", "mette.j"));
        // A username too short to mean anything inside another word is not looked for.
        assertEquals("ok", problem("abekattebanan", "abe"));
    }

    @Test
    void notOneOfTheMostCommonPasswordsEvenWithAYearAdded() {
        assertTrue(CommonPasswords.size() > 20_000, "the shipped list is loaded");
        assertEquals("password.common", problem("123456789012", "mette"));
        assertEquals("password.common", problem("password1234", "mette"));
        assertEquals("password.common", problem("Password2024!", "mette"));
        assertEquals("password.common", problem("LeaveMeAlone", "mette"));
        assertEquals("password.common", problem("1qaz2wsx3edc", "mette"));
        assertEquals("password.common", problem("aaaaaaaaaaaaaaaa", "mette"));
        assertEquals("password.common", problem("abababababab", "mette"));
        assertEquals("password.common", problem("987654321098", "mette"));
        assertEquals("password.common", problem("abcdefghijklm", "mette"));
        assertEquals("ok", problem("135792468024", "mette"));
    }

    @Test
    void onlyTheEndIsTrimmedBeforeTheListIsAsked() {
        assertEquals("sommerfugl", PasswordRules.withoutEnding("sommerfugl2024!"));
        assertEquals("2024sommerfugl", PasswordRules.withoutEnding("2024sommerfugl"));
        assertEquals(Optional.empty(), PasswordRules.problem("password", "2024 sommerfugle i maven", "mette"));
    }
}
