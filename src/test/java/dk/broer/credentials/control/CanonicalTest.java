package dk.broer.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLdError;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

class CanonicalTest {

    @Test
    void canonicalFormIsStableAndLabelsBlankNodesC14n() {
        String nquads = Canonical.nquads(SampleCredential.unsigned());

        assertEquals(nquads, Canonical.nquads(SampleCredential.unsigned()));
        assertEquals(nquads, Canonical.nquads(reversed(SampleCredential.unsigned())),
                "member order must not matter");
        assertTrue(nquads.contains("_:c14n0 "), nquads);
        assertTrue(nquads.endsWith(" .\n"), nquads);
        List<String> lines = List.of(nquads.split("\n"));
        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted);
        assertEquals(sorted, lines, "canonical N-Quads are sorted");
        assertTrue(nquads.contains("<http://localhost:8080/api/achievements/bus-drivers> "
                + "<https://schema.org/name> \"Bus drivers\" ."), nquads);
        assertTrue(nquads.contains("\"Københavns Kommunes inklusionsprogram\""), "UTF-8 kept as is");
        // The published OB 3.0.3 context types awardedDate as "xsd:dateTime" without defining the
        // prefix, so the datatype IRI stays literally that; every JSON-LD processor does the same.
        assertTrue(nquads.contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#awardedDate> "
                + "\"2026-11-12T09:00:00Z\"^^<xsd:dateTime>"), nquads);
        assertTrue(nquads.contains("<https://www.w3.org/ns/credentials/status#statusListIndex> \"12345\""), nquads);
    }

    @Test
    void everyTermOfTheCredentialIsSigned() {
        String nquads = Canonical.nquads(SampleCredential.unsigned());
        for (String fragment : List.of("#identityHash>", "#identityType>", "#hashed>", "#salt>", "#narrative>",
                "#Achievement>", "#AchievementSubject>", "#Profile>", "#IdentityObject>", "#OpenBadgeCredential>",
                "#BitstringStatusListEntry>", "#statusPurpose>", "#statusListCredential>", "#validFrom>",
                "<https://schema.org/description>")) {
            assertTrue(nquads.contains(fragment), fragment + " missing from\n" + nquads);
        }
    }

    @Test
    void undefinedPropertyIsRefused() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("favouriteColour", "green").build();

        var refused = assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));

        assertTrue(refused.getMessage().contains("favouriteColour"), refused.getMessage());
    }

    @Test
    void undefinedNestedPropertyIsRefused() {
        JsonObject subject = SampleCredential.unsigned().getJsonObject("credentialSubject");
        JsonObject achievement = Json.createObjectBuilder(subject.getJsonObject("achievement"))
                .add("level", "gold").build();
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("credentialSubject", Json.createObjectBuilder(subject).add("achievement", achievement))
                .build();

        var refused = assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));

        assertTrue(refused.getMessage().contains("level"), refused.getMessage());
    }

    @Test
    void undefinedTypeIsRefused() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential")
                        .add("BusDriverCredential"))
                .build();

        var refused = assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));

        assertTrue(refused.getMessage().contains("BusDriverCredential"), refused.getMessage());
    }

    @Test
    void relativeIdIsRefused() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("id", "credentials/3f1c0e8e").build();

        var refused = assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));

        assertTrue(refused.getMessage().contains("credentials/3f1c0e8e"), refused.getMessage());
    }

    @Test
    void textDirectionIsRefused() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("name", Json.createObjectBuilder().add("@value", "سائقو الحافلات").add("@language", "ar")
                        .add("@direction", "rtl"))
                .build();

        assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));
    }

    @Test
    void contextsOutsideTheBundleAreNeverFetched() {
        JsonObject credential = Json.createObjectBuilder(SampleCredential.unsigned())
                .add("@context", Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2)
                        .add("https://example.org/other-context.jsonld"))
                .build();

        var refused = assertThrows(IllegalArgumentException.class, () -> Canonical.nquads(credential));
        assertTrue(refused.getMessage().contains("https://example.org/other-context.jsonld"), refused.getMessage());

        var error = assertThrows(JsonLdError.class, () -> new Contexts()
                .loadDocument(URI.create("https://www.w3.org/2018/credentials/v1"), null));
        assertTrue(error.getMessage().contains("https://www.w3.org/2018/credentials/v1"), error.getMessage());
    }

    @Test
    void allFourBundledContextsLoad() throws JsonLdError {
        for (String url : List.of(Contexts.CREDENTIALS_V2, Contexts.OPEN_BADGES_V3, Contexts.MULTIKEY_V1,
                Contexts.DATA_INTEGRITY_V2)) {
            var document = new Contexts().loadDocument(URI.create(url), null);
            assertTrue(document.getJsonContent().orElseThrow().asJsonObject().containsKey("@context"), url);
        }
    }

    @Test
    void multikeyDocumentCanonicalises() {
        JsonObject key = SampleCredential.parse("""
                {"@context":["https://w3id.org/security/multikey/v1"],
                 "id":"http://localhost:8080/keys/k-2026-12-01-ab12","type":"Multikey",
                 "controller":"http://localhost:8080/api/issuer",
                 "publicKeyMultibase":"z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"}
                """);

        assertTrue(Canonical.nquads(key).contains("<https://w3id.org/security#publicKeyMultibase>"));
    }

    private static JsonObject reversed(JsonObject object) {
        List<String> names = new ArrayList<>(object.keySet());
        Collections.reverse(names);
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (String name : names) {
            JsonValue value = object.get(name);
            builder.add(name, value instanceof JsonObject nested ? reversed(nested) : value);
        }
        return builder.build();
    }
}
