package dk.broer.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * An online backup of the embedded Derby database, with the issuer's key file beside it. Only
 * Broer's own JVM can open its embedded database, so the backup is made here, by Derby's
 * SYSCS_BACKUP_DATABASE (a consistent copy while Broer keeps working), into a new folder named by
 * the time under broer.backup.dir — never a path from the caller. On PostgreSQL the database is
 * the database's to back up (pg_dump, src/main/scripts/backup.sh).
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Where it went (absolute), what it holds (the database's folder and the key file, by name inside it), when, how big. */
    public record Backup(String name, String folder, String database, String keyFile, Instant at, long bytes) {
    }

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "broer.backup.dir", defaultValue = "data/backups")
    String directory;

    @Inject
    @ConfigProperty(name = "broer.keys.file", defaultValue = "data/broer-keys.json")
    String keyFile;

    Clock clock = Clock.systemUTC();

    /**
     * Outside any transaction: Derby's backup waits for transactions with unlogged work to end,
     * and one of our own open around it would wait for itself.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Backup make() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("Apache Derby")) {
                throw ApiProblem.conflict("backup.notDerby");
            }
            Instant at = clock.instant();
            Path folder = newFolder(at);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
            // Derby names its copy after the database's own folder (data/broer -> broer).
            Path database;
            try (Stream<Path> made = Files.list(folder)) {
                database = made.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Derby's backup left no database folder in " + folder));
            }
            Path keys = Path.of(keyFile).toAbsolutePath();
            Path keysCopy = folder.resolve(keys.getFileName());
            // COPY_ATTRIBUTES keeps the key file's owner-only permissions.
            Files.copy(keys, keysCopy, StandardCopyOption.COPY_ATTRIBUTES);
            Backup made = new Backup(folder.getFileName().toString(), folder.toString(), database.getFileName().toString(),
                    keysCopy.getFileName().toString(), at, size(folder));
            LOG.info(() -> "Backed up the database and the key file into " + made.folder() + " (" + made.bytes() + " bytes)");
            return made;
        } catch (SQLException e) {
            throw new IllegalStateException("Derby's backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written under " + Path.of(directory).toAbsolutePath(), e);
        }
    }

    /** A new folder, readable by its owner only (it holds every person's data and the encrypted keys). */
    private Path newFolder(Instant at) throws IOException {
        Path parent = Path.of(directory).toAbsolutePath();
        Files.createDirectories(parent);
        String name = "broer-" + NAME.format(at);
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return parent.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // Two backups in one second: the second gets a number.
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
