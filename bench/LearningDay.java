import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seeds a learning day for bench/learning-day.sh and times the trainer's matrix:
 *   java bench/LearningDay.java <base> <work dir> <learners> <track>
 * Makes a cohort on the track, imports the learners from a list, signs each in with a code slip
 * (their cookies go to <work>/cookies.txt for wrk), has them pass a random share of the modules,
 * writes one module's answers to <work>/answers.json, then times GET .../progress (warm-up not
 * counted) and prints "matrix p50 p99 max" in ms. Not part of CI.
 */
public class LearningDay {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        Path work = Path.of(args[1]);
        int people = Integer.parseInt(args[2]);
        String track = args[3];
        String trainer = signIn("trainer");
        long cohort = cohort(trainer, track, people + 50);
        String list = "Navn;Medarbejdernummer\n" + IntStream.range(0, people).mapToObj(i -> "Chauffør " + i + ";B-" + i)
                .collect(Collectors.joining("\n")) + "\n";
        send(post("/api/cohorts/" + cohort + "/import", list, trainer, "text/csv"));
        String learners = send(get("/api/cohorts/" + cohort + "/learners", trainer));
        List<String> ids = ids(learners);
        String slips = send(post("/api/cohorts/" + cohort + "/slips", "{\"learners\":" + ids + "}", trainer, "application/json"));
        List<String> codes = field(slips, "resumeCode");
        List<String> cookies = all(codes.stream().map(c -> post("/api/resume", "{\"code\":\"" + c + "\"}", null, "application/json")).toList())
                .stream().map(r -> r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]).toList();
        Files.write(work.resolve("cookies.txt"), cookies);
        String trackJson = send(get("/api/tracks/" + track + "?lang=da", null));
        List<String> modules = field(trackJson.substring(trackJson.indexOf("\"modules\"")), "id");
        Random random = new Random(7);
        List<HttpRequest> passes = new ArrayList<>();
        for (String cookie : cookies) {
            int k = random.nextInt(modules.size() + 1);
            for (String module : modules.subList(0, k)) {
                passes.add(post("/api/modules/" + module + "/answers?lang=da", answers(module), cookie, "application/json"));
            }
        }
        all(passes);
        System.out.println(passes.size() + " modules passed");
        Files.writeString(work.resolve("answers.json"), answers("on-the-bus"));
        Files.writeString(work.resolve("module-path.txt"), "/api/modules/on-the-bus?lang=da");
        time(trainer, cohort, modules.size(), people);
    }

    static void time(String trainer, long cohort, int modules, int people) throws Exception {
        for (int i = 0; i < 10; i++) {
            send(get("/api/cohorts/" + cohort + "/progress", trainer));
        }
        long[] ms = new long[50];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            send(get("/api/cohorts/" + cohort + "/progress", trainer));
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("matrix %d %d %d (%d learners x %d modules)%n", ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1],
                ms[ms.length - 1], people, modules);
    }

    /** Every question answered right, from the module's own check (the server keeps the right options to itself: we ask content). */
    static String answers(String module) throws Exception {
        Path file = Path.of(System.getProperty("bench.content", "content"), "modules", module, "da.md");
        String text = Files.readString(file);
        List<String> answers = new ArrayList<>();
        Matcher block = Pattern.compile("::: question ([a-z0-9-]+)(.*?)\\n:::", Pattern.DOTALL).matcher(text);
        while (block.find()) {
            List<Integer> right = new ArrayList<>();
            int index = 0;
            for (String line : block.group(2).split("\n")) {
                if (line.startsWith("- [x]") || line.startsWith("- [ ]")) {
                    if (line.startsWith("- [x]")) {
                        right.add(index);
                    }
                    index++; // options count from 0, as the server numbers them
                }
            }
            answers.add("{\"question\":\"" + block.group(1) + "\",\"selected\":" + right + "}");
        }
        return "{\"answers\":[" + String.join(",", answers) + "]}";
    }

    static String signIn(String user) throws Exception {
        HttpResponse<String> reply = HTTP.send(post("/api/session", "{\"username\":\"" + user + "\",\"password\":\"broer-demo-2026\"}",
                null, "application/json"), HttpResponse.BodyHandlers.ofString());
        return reply.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    static long cohort(String cookie, String track, int capacity) throws Exception {
        String today = LocalDate.now().toString();
        String body = "{\"name\":\"Bench " + System.nanoTime() + "\",\"organisationId\":1,\"trackId\":\"" + track
                + "\",\"districtCode\":\"valby\",\"startsOn\":\"" + today + "\",\"endsOn\":\"" + LocalDate.now().plusDays(60)
                + "\",\"capacity\":" + capacity + "}";
        String reply = send(post("/api/cohorts", body, cookie, "application/json"));
        Matcher id = Pattern.compile("\"id\":(\\d+),\"joinCode\"").matcher(reply);
        if (!id.find()) {
            Matcher any = Pattern.compile("\"enrolled\":\\d+,\"id\":(\\d+)").matcher(reply);
            if (!any.find()) {
                throw new IllegalStateException(reply);
            }
            return Long.parseLong(any.group(1));
        }
        return Long.parseLong(id.group(1));
    }

    static List<String> ids(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static List<String> field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    static HttpRequest get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.build();
    }

    static HttpRequest post(String path, String body, String cookie, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.build();
    }

    static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " -> " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    /** Sends them 16 at a time. */
    static List<HttpResponse<String>> all(List<HttpRequest> requests) {
        Semaphore gate = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (HttpRequest request : requests) {
            gate.acquireUninterruptibly();
            futures.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> gate.release()));
        }
        List<HttpResponse<String>> replies = futures.stream().map(CompletableFuture::join).toList();
        replies.stream().filter(r -> r.statusCode() >= 300).findFirst().ifPresent(r -> {
            throw new IllegalStateException(r.uri() + " -> " + r.statusCode() + " " + r.body());
        });
        return replies;
    }
}
