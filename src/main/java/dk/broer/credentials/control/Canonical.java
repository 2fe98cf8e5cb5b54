package dk.broer.credentials.control;

import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The RDFC-1.0 canonical N-Quads of a JSON-LD document: the bytes an eddsa-rdfc-2022 signature covers.
 *
 * <p>Strict on purpose. JSON-LD silently drops what its contexts don't define (a property, a type, a
 * relative IRI), so a credential could carry a field its signature does not cover; strict verifiers
 * ("safe mode") refuse such documents. Here the same document is refused before it is signed:
 * expansion runs with titanium's undefined-terms policy set to fail (it catches undefined
 * properties), and the expanded document is then checked for the things that policy does not catch:
 * undefined types and other relative IRIs, blank-node properties and {@code @direction}, all of which
 * would vanish in the conversion to RDF.
 */
public final class Canonical {

    private static final DocumentLoader CONTEXTS = new Contexts();

    private Canonical() {
    }

    /**
     * @throws IllegalArgumentException naming the term when the document uses anything its contexts
     *         don't define, or when it is not valid JSON-LD
     */
    public static String nquads(JsonObject document) {
        return nquads(document, CONTEXTS);
    }

    static String nquads(JsonObject document, DocumentLoader loader) {
        JsonArray expanded = expand(document, loader);
        requireNothingDropped(expanded, "document");
        try {
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(expanded)).loader(loader).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("Not convertible to RDF: " + e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("Canonicalisation failed: " + e.getMessage(), e);
        }
    }

    private static JsonArray expand(JsonObject document, DocumentLoader loader) {
        try {
            return JsonLd.expand(JsonDocument.of(document))
                    .loader(loader)
                    .undefinedTermsPolicy(ProcessingPolicy.Fail)
                    .get();
        } catch (JsonLdError e) {
            if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
                throw new IllegalArgumentException("Property not defined by the credential's contexts: "
                        + e.getMessage(), e);
            }
            throw new IllegalArgumentException("Not valid JSON-LD for the bundled contexts: " + e.getMessage(), e);
        }
    }

    /** Walks expanded JSON-LD, refusing every construct that the conversion to RDF would drop. */
    private static void requireNothingDropped(JsonValue value, String where) {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireNothingDropped(item, where);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                JsonValue member = entry.getValue();
                switch (key) {
                    case "@type" -> requireIris(member, object.containsKey("@value") ? "datatype" : "type");
                    case "@id" -> requireIris(member, "id");
                    case "@direction" -> throw new IllegalArgumentException(
                            "Text direction (@direction) is not covered by an eddsa-rdfc-2022 signature: "
                                    + member);
                    case "@value", "@language", "@index" -> {
                        // Plain data: kept as a literal, nothing to check.
                    }
                    default -> {
                        if (!key.startsWith("@") && !isAbsoluteIri(key)) {
                            throw new IllegalArgumentException("Property not defined by the credential's contexts: "
                                    + key);
                        }
                        if (key.startsWith("_:")) {
                            throw new IllegalArgumentException("Blank-node property would be dropped: " + key);
                        }
                        requireNothingDropped(member, key);
                    }
                }
            }
        }
    }

    private static void requireIris(JsonValue value, String what) {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireIris(item, what);
            }
        } else if (value instanceof JsonString string) {
            String iri = string.getString();
            boolean acceptable = iri.startsWith("_:") || isAbsoluteIri(iri) || iri.equals("@json");
            if (!acceptable) {
                String kind = what.equals("type") ? "Type not defined by the credential's contexts: "
                        : "Relative " + what + " (not an absolute IRI) would be dropped: ";
                throw new IllegalArgumentException(kind + iri);
            }
        }
    }

    private static boolean isAbsoluteIri(String candidate) {
        try {
            return new URI(candidate).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
