import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 200 people joining one cohort at once: joins per second, p50 and p99, and the statuses.
 * Run by bench/join.sh (java bench/JoinLoad.java <base> <people> <rounds>); not part of CI.
 * A warm-up round is run first and not counted.
 */
public class JoinLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8192";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String trainer = signIn(client, base);
        round(client, base, trainer, people, "warm-up (not counted)");
        for (int r = 1; r <= rounds; r++) {
            round(client, base, trainer, people, "round " + r);
        }
    }

    private static void round(HttpClient client, String base, String trainer, int people, String label) throws Exception {
        String code = cohort(client, base, trainer, people);
        List<CompletableFuture<long[]>> joins = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < people; i++) {
            HttpRequest join = HttpRequest.newBuilder(URI.create(base + "/api/join/" + code))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench " + i + "\"}")).build();
            long sent = System.nanoTime();
            joins.add(client.sendAsync(join, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> new long[] {r.statusCode(), System.nanoTime() - sent}));
        }
        List<long[]> results = joins.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] millis = results.stream().mapToLong(r -> r[1] / 1_000_000).sorted().toArray();
        long ok = results.stream().filter(r -> r[0] == 201).count();
        long other = results.size() - ok;
        System.out.printf("%-22s %d joins in %.2f s: %.0f joins/s, p50 %d ms, p99 %d ms, max %d ms; 201: %d, other: %d%n",
                label, people, seconds, people / seconds, millis[millis.length / 2],
                millis[(int) Math.ceil(millis.length * 0.99) - 1], millis[millis.length - 1], ok, other);
    }

    private static String signIn(HttpClient client, String base) throws Exception {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"trainer\",\"password\":\"broer-demo-2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return reply.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static String cohort(HttpClient client, String base, String cookie, int capacity) throws Exception {
        String today = java.time.LocalDate.now().toString();
        String body = "{\"name\":\"Bench " + System.nanoTime() + "\",\"organisationId\":1,\"trackId\":\"bus-drivers\","
                + "\"districtCode\":\"valby\",\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today + "\",\"capacity\":" + capacity + "}";
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(base + "/api/cohorts"))
                .header("Content-Type", "application/json").header("Cookie", cookie).header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher code = Pattern.compile("\"joinCode\":\"([A-Z0-9-]+)\"").matcher(reply.body());
        if (!code.find()) {
            throw new IllegalStateException("No cohort: " + reply.statusCode() + " " + reply.body());
        }
        return code.group(1);
    }
}
