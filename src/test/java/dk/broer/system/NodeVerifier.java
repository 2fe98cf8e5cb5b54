package dk.broer.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A verifier we did not write: Digital Bazaar's @digitalbazaar/vc under Node (src/test/node,
 * installed by the build from its lock file), with every JSON-LD context loaded locally and the
 * issuer's keys and status list fetched from the running Broer.
 */
final class NodeVerifier {

    static final Path SCRIPT = Path.of("src/test/node/verify.mjs");

    private NodeVerifier() {
    }

    /** {"verified": …, "revoked": …, "errors": […]} for one credential. */
    static JsonObject verify(String credential) {
        return verify(credential, Broer.base());
    }

    /** The same against another Broer (one the test started itself), its keys and status list fetched from base. */
    static JsonObject verify(String credential, String serverBase) {
        try {
            Path file = Files.createTempFile(Broer.logDir(), "credential", ".json");
            try {
                Files.writeString(file, credential, StandardCharsets.UTF_8);
                String base = serverBase.replaceAll("/$", "");
                ProcessBuilder node = new ProcessBuilder("node", SCRIPT.toString(), file.toString()).redirectErrorStream(false);
                node.environment().put("BROER_BASE", base);
                Process process = node.start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isBlank()) {
                    throw new AssertionError("the Node verifier failed (" + process.exitValue() + "): " + out + err);
                }
                return Json.createReader(new StringReader(out.lines().filter(l -> l.startsWith("{")).findFirst()
                        .orElseThrow(() -> new AssertionError("no verdict from the Node verifier: " + out + err)))).readObject();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("node (Debian's nodejs) and `npm ci` in src/test/node are needed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
