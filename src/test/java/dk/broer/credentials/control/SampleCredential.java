package dk.broer.credentials.control;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** The shape of a Broer Open Badges 3.0 credential, unsigned. */
final class SampleCredential {

    static final String JSON = """
            {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id":"http://localhost:8080/api/credentials/3f1c0e8e-8b7a-4a57-9d43-2f0a3b9f3a11",
             "type":["VerifiableCredential","OpenBadgeCredential"],
             "issuer":{"id":"http://localhost:8080/api/issuer","type":["Profile"],"name":"Københavns Kommunes inklusionsprogram"},
             "validFrom":"2026-11-13T10:00:00Z","awardedDate":"2026-11-12T09:00:00Z","name":"Bus drivers",
             "credentialSubject":{"type":["AchievementSubject"],
               "identifier":[{"type":"IdentityObject","identityHash":"sha256$0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0","identityType":"name","hashed":true,"salt":"q8YtWm3Rk2Zp"}],
               "achievement":{"id":"http://localhost:8080/api/achievements/bus-drivers","type":["Achievement"],"name":"Bus drivers","description":"For drivers on the city's buses.","criteria":{"narrative":"Passed every module's knowledge check and took part in the workshop."}}},
             "credentialStatus":{"id":"http://localhost:8080/api/status/revocation#12345","type":"BitstringStatusListEntry","statusPurpose":"revocation","statusListIndex":"12345","statusListCredential":"http://localhost:8080/api/status/revocation"}}
            """;

    private SampleCredential() {
    }

    static JsonObject unsigned() {
        return parse(JSON);
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
