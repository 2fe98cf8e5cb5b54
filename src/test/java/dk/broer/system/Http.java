package dk.broer.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP client for black-box tests against the deployed Broer, behaving like one browser:
 * its own cookies (so its own session), the Origin header a browser sends on changes, and its own
 * client address (the server trusts the test machine as a proxy, so X-Forwarded-For counts and
 * each client is throttled on its own).
 */
final class Http {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final URI base;
    private final HttpClient client;
    private final String address;
    private String origin;

    Http(String base) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        int n = ADDRESSES.incrementAndGet();
        this.address = "198.18." + (n / 250) + "." + (n % 250 + 1);
        this.origin = this.base.getScheme() + "://" + this.base.getAuthority();
    }

    private Http(URI base, HttpClient client, String address, String origin) {
        this.base = base;
        this.client = client;
        this.address = address;
        this.origin = origin;
    }

    /**
     * The same browser (cookies, address, the Origin it sends) talking to another address, e.g.
     * another instance behind the balancer. Cookies don't tell ports apart, so the session goes along.
     */
    Http at(String otherBase) {
        return new Http(URI.create(otherBase.endsWith("/") ? otherBase : otherBase + "/"), client, address, origin);
    }

    /** Another site's page making the requests (for the cross-site tests), or null for a script with no Origin. */
    Http from(String origin) {
        this.origin = origin;
        return this;
    }

    String address() {
        return address;
    }

    URI base() {
        return base;
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        /** The message of the field error for `field`, or "" when there is none. */
        String fieldError(String field) {
            return object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").equals(field)).map(e -> e.getString("message")).findFirst().orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), false, headers);
    }

    Reply post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), true, headers);
    }

    Reply put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), true, headers);
    }

    Reply delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE(), true, headers);
    }

    /** A file (a PDF): its status, content type and bytes. */
    record Download(int status, String contentType, byte[] bytes, String disposition) {
    }

    Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET().header("X-Forwarded-For", address);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method, with or without a JSON body; for the authorisation table. */
    Reply call(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, !method.equals("GET"), new String[0]);
    }

    /** Server-level endpoints such as /health and /openapi live at the root, whatever the context root. */
    Reply getFromServerRoot(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve("/" + path)).GET(), false, headers);
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }

    private Reply send(HttpRequest.Builder request, boolean changes, String... headers) {
        request.header("X-Forwarded-For", address);
        if (changes && origin != null) {
            request.header("Origin", origin);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
