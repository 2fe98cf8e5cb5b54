package dk.broer.credentials.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broer refuses to start without its keys rather than make new ones that would orphan every credential. */
class IssuerKeysTest {

    @TempDir
    Path dir;

    private IssuerKeys keys(Path file, String passphrase, boolean demo) {
        IssuerKeys keys = new IssuerKeys();
        keys.file = file.toString();
        keys.passphrase = Optional.ofNullable(passphrase);
        keys.demo = demo;
        keys.exitOnBrokenKeys = false;
        return keys;
    }

    @Test
    void withoutAPassphraseOutsideDemoModeItSaysWhatToSet() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keys(dir.resolve("keys.json"), null, false).load(null));
        assertTrue(refused.getMessage().contains("broer.keys.passphrase is not set"), refused.getMessage());
        assertTrue(Files.notExists(dir.resolve("keys.json")), "no key is made without a passphrase");
    }

    @Test
    void aDamagedKeyFileStopsItAndIsNotReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.json"), "{ not json");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keys(file, "a long enough passphrase", false).load(null));
        assertTrue(refused.getMessage().contains("malformed") && refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(Files.readString(file).equals("{ not json"), "the file is left as it was");
    }

    @Test
    void aWrongPassphraseStopsItWithoutSayingThePassphrase() {
        Path file = dir.resolve("keys.json");
        KeyFile.createIfMissing(file, "the right passphrase".toCharArray(), java.time.Clock.systemUTC());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keys(file, "the wrong passphrase", false).load(null));
        assertTrue(refused.getMessage().contains("passphrase"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("the wrong passphrase"), "the passphrase is never in a message");
    }
}
