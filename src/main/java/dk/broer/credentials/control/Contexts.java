package dk.broer.credentials.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The only JSON-LD contexts a Broer credential may use, bundled in the WAR. A signature covers what the
 * contexts make of the document, so they must never come from the network: a changed or unreachable
 * remote context would change, or break, every credential. Any other URL is an error.
 */
public final class Contexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";

    // Parsed once per class loader; every Contexts instance shares these immutable JSON trees.
    private static final Map<String, JsonObject> BUNDLED = Map.of(
            CREDENTIALS_V2, read("credentials-v2.jsonld"),
            OPEN_BADGES_V3, read("ob-v3p0-context-3.0.3.json"),
            MULTIKEY_V1, read("multikey-v1.jsonld"),
            DATA_INTEGRITY_V2, read("data-integrity-v2.jsonld"));

    private final Map<String, JsonObject> documents;

    /** A loader serving exactly the four bundled contexts. */
    public Contexts() {
        this(BUNDLED);
    }

    private Contexts(Map<String, JsonObject> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** A loader with these contexts as well as the bundled ones; for tests against published vectors. */
    Contexts with(String url, JsonObject context) {
        Map<String, JsonObject> more = new HashMap<>(documents);
        more.put(url, context);
        return new Contexts(more);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonObject json = documents.get(url.toString());
        if (json == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "Context " + url + " is not bundled with Broer (no network access for contexts)");
        }
        // A fresh Document each time: titanium's Document is mutable, the parsed JSON is not.
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
        document.setDocumentUrl(url);
        return document;
    }

    private static JsonObject read(String name) {
        try (InputStream in = Contexts.class.getResourceAsStream("/dk/broer/credentials/contexts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled JSON-LD context " + name + " is missing from the build");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled JSON-LD context " + name, e);
        }
    }
}
