package dk.broer.system;

import jakarta.json.JsonObject;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Test staff accounts made through the API as an admin would: created, link handed over, password set. */
final class Staff {

    static final String PASSWORD = "grøn bus mod Husum kl 7";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Staff() {
    }

    /** A new account (not yet with a password): its id, username and one-time link. */
    record Created(long id, String username, String link) {

        String token() {
            return link.substring(link.indexOf('#') + 1);
        }
    }

    static Created create(Http admin, String... roles) {
        return create(admin, null, roles);
    }

    static Created create(Http admin, Long organisationId, String... roles) {
        String username = "test." + String.join("-", roles).replace("organisation-", "") + "." + COUNT.incrementAndGet();
        String json = "{\"username\":\"" + username + "\",\"displayName\":\"Testperson " + COUNT.get() + "\",\"roles\":"
                + List.of(roles).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",", "[", "]"))
                + (organisationId == null ? "" : ",\"organisationId\":" + organisationId) + "}";
        Http.Reply reply = admin.post("api/staff", json);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + reply);
        }
        JsonObject body = reply.object();
        return new Created(body.getJsonObject("account").getJsonNumber("id").longValue(), username,
                body.getJsonObject("link").getString("url"));
    }

    /** A new account whose holder has set the password, signed in on a fresh client. */
    static Http signedInAs(Http admin, String... roles) {
        Created created = create(admin, roles);
        setPassword(created.token(), PASSWORD);
        return Broer.signedIn(created.username(), PASSWORD);
    }

    static Http.Reply setPassword(String token, String password) {
        return Broer.anonymous().post("api/links/password", "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }
}
