package dk.broer.system;

import dk.broer.credentials.control.StatusList;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backup and restore as an operator does them, with the documented scripts
 * (src/main/scripts/backup.sh, restore.sh): a certificate issued, a backup, then more data (a
 * cohort, a learner joining, the certificate revoked), Broer stopped, the backup restored, Broer
 * started: every table exactly as at the backup (TableDump says what a start itself rewrites), the
 * later cohort gone, the certificate valid again, the re-published status list agreeing, and the
 * signed credential issued before the backup still verifying with software we did not write.
 */
abstract class BackupChecks {

    static final String AFTER_BACKUP = "Hold efter backuppen";

    /** The Broer under test, started by the subclass's extension. */
    abstract Instances broer();

    /** Runs backup.sh as an operator would; the folder the backup is in. */
    abstract Path backUp() throws Exception;

    /** Every table as the backup holds it. */
    abstract Map<String, List<String>> atBackup(Path backup) throws Exception;

    /** Runs restore.sh (Broer stopped). */
    abstract void restore(Path backup) throws Exception;

    /** Every table now (Broer stopped). */
    abstract Map<String, List<String>> now() throws Exception;

    Instance instance() {
        return broer().instance(0);
    }

    Http client() {
        return new Http(instance().base()).from(instance().base().replaceAll("/$", ""));
    }

    Http signedIn(String username) {
        Http http = client();
        Http.Reply reply = http.post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + Broer.DEMO_PASSWORD + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        return http;
    }

    @Test
    void aRestoreBringsBackExactlyTheDataOfTheBackupAndItsCredentialsStillVerify() throws Exception {
        Http trainer = signedIn("trainer");
        TestCohorts.Made cohort = cohort(trainer, "Hold før backuppen");
        Http learner = client();
        assertEquals(201, TestCohorts.join(learner, cohort.joinCode(), "Sigrún Jónsdóttir").status());
        long learnerId = learner.get("api/session").object().getJsonNumber("id").longValue();
        long completion = TestCertificates.complete(trainer, cohort, learnerId);
        Http.Reply issued = trainer.post(cohort.path() + "/certificates", "{\"completion\":" + completion + ",\"name\":\"Sigrún Jónsdóttir\"}");
        assertEquals(200, issued.status(), issued.toString());
        String code = issued.object().getString("code");
        String credential = client().get("api/verify/" + code + "/credential?lang=da").body();
        int index = Integer.parseInt(json(credential).getJsonObject("credentialStatus").getString("statusListIndex"));
        byte[] keys = Files.readAllBytes(keyFile());

        Path backup = backUp();
        Map<String, List<String>> atBackup = atBackup(backup);
        assertTrue(atBackup.get("award").stream().anyMatch(row -> row.contains(code)), "the backup holds the certificate");

        cohort(trainer, AFTER_BACKUP);
        Http coordinator = signedIn("coordinator");
        assertEquals(200, coordinator.post("api/certificates/" + code + "/revocation", "{\"reason\":\"Efter backuppen\"}").status());
        assertEquals("revoked", client().get("api/verify/" + code).object().getString("status"));
        assertTrue(revoked(index), "the list published after the revocation has the bit set");

        assertEquals(143, instance().stop(), "SIGTERM ends the JVM as a signal does (128 + 15)");
        restore(backup);
        instance().start().awaitReady();

        // Only public reads from here on: nothing a check does may write to the database it checks.
        assertEquals("valid", client().get("api/verify/" + code).object().getString("status"),
                "the restore undid the revocation (the README warns of that)");
        assertFalse(revoked(index), "the status list re-published at start agrees with the restored awards");
        JsonObject verdict = NodeVerifier.verify(credential, instance().base());
        assertTrue(verdict.getBoolean("verified"), verdict.toString());
        assertFalse(verdict.getBoolean("revoked"), verdict.toString());
        assertArrayEquals(keys, Files.readAllBytes(keyFile()), "the key file is the backup's");

        assertEquals(143, instance().stop());
        Map<String, List<String>> restored = now();
        assertFalse(restored.get("cohort").stream().anyMatch(row -> row.contains(AFTER_BACKUP)), "the cohort made after is gone");
        assertEquals(atBackup.keySet(), restored.keySet(), "the same tables");
        List<String> differing = new ArrayList<>();
        atBackup.forEach((table, rows) -> {
            if (!rows.equals(restored.get(table))) {
                differing.add(table + ":\n    at backup " + rows + "\n    restored  " + restored.get(table));
            }
        });
        assertEquals(List.of(), differing, "tables not as at the backup");
        instance().start().awaitReady();
    }

    Path keyFile() {
        return broer().folder().resolve("broer-keys.json");
    }

    /** The bit of this index in the list the server publishes now. */
    boolean revoked(int index) {
        JsonObject list = json(client().get("api/status/revocation").body());
        return StatusList.decode(list.getJsonObject("credentialSubject").getString("encodedList")).get(index);
    }

    static TestCohorts.Made cohort(Http trainer, String name) {
        long organisation = trainer.get("api/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Fjordlinjen Bus A/S")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Reply made = trainer.post("api/cohorts", "{\"name\":\"" + name + "\",\"organisationId\":" + organisation
                + ",\"trackId\":\"bus-drivers\",\"districtCode\":\"valby\",\"startsOn\":\"" + java.time.LocalDate.now().minusDays(1)
                + "\",\"endsOn\":\"" + java.time.LocalDate.now().plusDays(30) + "\",\"capacity\":300}");
        assertEquals(201, made.status(), made.toString());
        return new TestCohorts.Made(made.object().getJsonNumber("id").longValue(), made.object().getString("joinCode"));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A script of src/main/scripts run as an operator runs it; its standard output. */
    static String script(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.add(Instance.projectDir().resolve("src/main/scripts").resolve(command[0]).toString());
        line.addAll(List.of(command).subList(1, command.length));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().putAll(environment);
        Path errors = Files.createTempFile("script", ".err");
        Process process = builder.redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command[0] + " did not end");
        String err = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, process.exitValue(), command[0] + " failed:\n" + out + err);
        return out;
    }
}
