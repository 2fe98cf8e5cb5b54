package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backup and restore on PostgreSQL (BackupChecks): pg_dump in custom format and the key file by
 * backup.sh, pg_restore --clean --if-exists by restore.sh; Broer's own backup endpoint refuses.
 */
class BackupOnPostgresIT extends BackupChecks {

    static final String DATABASE = "broer_backup";

    @RegisterExtension
    static final Instances BROER = Instances.onPostgres(DATABASE, 1);

    /** What the operator's shell has: libpq's variables, and the key file's place. */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of("PGHOST", "127.0.0.1", "PGPORT", System.getProperty("it.pg.port", "5432"),
                "PGUSER", "broer", "PGPASSWORD", "broer-tests", "PGDATABASE", DATABASE));
        environment.put("BROER_KEYS_FILE", keyFile().toString());
        return environment;
    }

    @Override
    Instances broer() {
        return BROER;
    }

    @Override
    Path backUp() throws Exception {
        Path parent = BROER.folder().resolve("backups");
        var made = json(script(environment(), "backup.sh", "postgres", parent.toString()).strip());
        Path folder = Path.of(made.getString("folder"));
        assertTrue(Files.size(folder.resolve("broer.dump")) > 0);
        assertTrue(Files.isRegularFile(folder.resolve("broer-keys.json")));
        return folder;
    }

    /** pg_dump reads one snapshot, and nothing writes between it and this: the database now is the backup. */
    @Override
    Map<String, List<String>> atBackup(Path backup) throws Exception {
        return TableDump.postgres(DATABASE);
    }

    @Override
    void restore(Path backup) throws Exception {
        script(environment(), "restore.sh", "postgres", backup.toString(), keyFile().toString());
    }

    @Override
    Map<String, List<String>> now() throws Exception {
        return TableDump.postgres(DATABASE);
    }

    @Test
    void broersOwnBackupSendsAnAdminToPgDump() {
        Http.Reply refused = signedIn("admin").post("api/backups", "{}");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.object().getString("detail").contains("pg_dump"), refused.toString());
    }
}
