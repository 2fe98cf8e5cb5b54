package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backup and restore on embedded Derby (BackupChecks): the backup made by Broer itself through
 * POST /api/backups (only its JVM can open the database), called by backup.sh with an admin's
 * password from the environment; the restore by restore.sh, which keeps the replaced database aside.
 */
class BackupIT extends BackupChecks {

    @RegisterExtension
    static final Instances BROER = Instances.onDerby();

    @Override
    Instances broer() {
        return BROER;
    }

    Path database() {
        return instance().folder().resolve("db");
    }

    @Override
    Path backUp() throws Exception {
        String answer = script(Map.of("BROER_URL", instance().base(), "BROER_ADMIN", "admin",
                "BROER_ADMIN_PASSWORD", Broer.DEMO_PASSWORD), "backup.sh", "derby");
        var made = json(answer.strip());
        Path folder = Path.of(made.getString("folder"));
        assertEquals(instance().folder().resolve("data/backups"), folder.getParent(), "under broer.backup.dir, by default data/backups");
        assertTrue(Files.isRegularFile(folder.resolve(made.getString("database")).resolve("service.properties")), answer);
        assertTrue(Files.isRegularFile(folder.resolve(made.getString("keyFile"))), answer);
        return folder;
    }

    @Override
    Map<String, List<String>> atBackup(Path backup) throws Exception {
        // Booting a database writes to it: dump a copy, so the backup stays as Derby made it.
        Path copy = Files.createTempDirectory(instance().folder(), "backup-as-read-");
        copyTree(backup.resolve("db"), copy);
        return TableDump.derby(copy);
    }

    @Override
    void restore(Path backup) throws Exception {
        long keptBefore = replaced();
        script(Map.of(), "restore.sh", "derby", backup.toString(), database().toString(), keyFile().toString());
        assertEquals(keptBefore + 1, replaced(), "the replaced database is kept aside");
    }

    @Override
    Map<String, List<String>> now() throws Exception {
        return TableDump.derby(database());
    }

    @Test
    void aBackupIsRefusedToAnyoneButAnAdmin() {
        assertEquals(401, client().post("api/backups", "{}").status());
        assertEquals(403, signedIn("coordinator").post("api/backups", "{}").status());
    }

    private long replaced() throws Exception {
        try (Stream<Path> kept = Files.list(instance().folder())) {
            return kept.filter(p -> p.getFileName().toString().startsWith("db.replaced-")).count();
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (target.equals(to)) {
                    continue;
                } else if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
