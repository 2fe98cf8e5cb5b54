import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The certificate benchmark behind bench/certificates.sh:
 *   java bench/CertificateBatch.java <base> <server pid> <certificates> <track> <work dir>
 * Seeds one cohort of completed learners (names in several scripts), then times issuing every
 * certificate at once, the merged cohort PDF and the single PDFs, each with the server's peak
 * resident memory during the step. Not part of CI.
 */
public class CertificateBatch {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final List<String> NAMES = List.of("Ayşe Yılmaz", "Nguyễn Văn An", "فاطمة الزهراء", "Małgorzata Wąsowska-Żurek",
            "Jógvan Poulsen", "Søren Ærbø Kjærgård", "Əli Məmmədov", "Светлана Кузнецова");
    static String base;
    static long pid;

    public static void main(String[] args) throws Exception {
        base = args[0];
        pid = Long.parseLong(args[1]);
        int people = Integer.parseInt(args[2]);
        String track = args[3];
        Path work = Path.of(args[4]);
        String trainer = signIn("trainer");
        long cohort = cohort(trainer, track, Math.min(1000, people));
        String list = "Navn;Medarbejdernummer\n" + IntStream.range(0, people)
                .mapToObj(i -> NAMES.get(i % NAMES.size()) + " " + i + ";B-" + i).collect(Collectors.joining("\n")) + "\n";
        send(post("/api/cohorts/" + cohort + "/import", list, trainer, "text/csv"));
        List<String> ids = numbers(send(get("/api/cohorts/" + cohort + "/learners", trainer)), "id");
        List<HttpResponse<String>> done = all(ids.stream().map(id -> post("/api/cohorts/" + cohort + "/learners/" + id + "/done",
                "{\"module\":\"welcome-to-everyone\",\"reason\":\"Benchmark\"}", trainer, "application/json")).toList(), 4);
        System.out.printf("seeded %d learners in one cohort, %d marked complete (%s)%n%n", ids.size(),
                done.stream().filter(r -> r.statusCode() == 204).count(), done.stream().filter(r -> r.statusCode() != 204)
                        .map(r -> r.statusCode() + " " + r.body()).findFirst().orElse("no failures"));
        System.out.printf("%-46s %10s %12s %14s%n", "step (2 cores)", "seconds", "size", "peak RSS MB");

        resetPeak();
        long start = System.nanoTime();
        String issued = send(post("/api/cohorts/" + cohort + "/certificates/all", "{}", trainer, "application/json"));
        report("issue " + people + " certificates (one call)", start, issued.replaceAll(".*\"issued\":(\\d+).*", "$1") + " issued");
        if (!issued.contains("\"refused\":[]")) {
            System.out.println("  refused: " + issued);
        }

        for (int round = 1; round <= 2; round++) {
            resetPeak();
            start = System.nanoTime();
            HttpResponse<byte[]> merged = HTTP.send(get("/api/cohorts/" + cohort + "/certificates/pdf?lang=da", trainer),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (merged.statusCode() != 200) {
                throw new IllegalStateException("merged PDF: HTTP " + merged.statusCode());
            }
            Files.write(work.resolve("cohort.pdf"), merged.body());
            report("merged cohort PDF, round " + round, start, merged.body().length / 1024 + " KB");
        }

        List<String> codes = strings(send(get("/api/cohorts/" + cohort + "/certificates", trainer)), "code");
        resetPeak();
        start = System.nanoTime();
        List<HttpResponse<String>> singles = all(codes.stream()
                .map(c -> get("/api/certificates/" + c + "/pdf?lang=en", trainer)).toList(), 4);
        long ok = singles.stream().filter(r -> r.statusCode() == 200).count();
        report(codes.size() + " single PDFs, 4 at a time", start, ok + " × 200");
    }

    static void report(String step, long start, String size) throws IOException {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-46s %10.2f %12s %14d%n", step, seconds, size, peakMegabytes());
    }

    /** Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) of the server process. */
    static void resetPeak() throws IOException {
        Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
    }

    static long peakMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    static String signIn(String user) throws Exception {
        HttpResponse<String> r = HTTP.send(post("/api/session", "{\"username\":\"" + user + "\",\"password\":\"broer-demo-2026\"}",
                null, "application/json"), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** A cohort of the demo bus company, trained by the caller (who creates it). */
    static long cohort(String cookie, String track, int capacity) throws Exception {
        String body = "{\"name\":\"Certificate bench " + System.nanoTime() + "\",\"organisationId\":1,\"trackId\":\"" + track
                + "\",\"districtCode\":\"valby\",\"startsOn\":\"" + LocalDate.now().minusDays(1) + "\",\"endsOn\":\""
                + LocalDate.now().plusDays(30) + "\",\"capacity\":" + capacity + "}";
        String reply = send(post("/api/cohorts", body, cookie, "application/json"));
        Matcher id = Pattern.compile("\"id\":(\\d+),\"joinCode\"").matcher(reply);
        if (!id.find()) {
            throw new IllegalStateException("no cohort id in " + reply);
        }
        return Long.parseLong(id.group(1));
    }

    static List<String> numbers(String json, String name) {
        return values(json, "\"" + name + "\":(\\d+)");
    }

    static List<String> strings(String json, String name) {
        return values(json, "\"" + name + "\":\"([^\"]+)\"");
    }

    static List<String> values(String json, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(json);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static HttpRequest get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return (cookie == null ? b : b.header("Cookie", cookie)).build();
    }

    static HttpRequest post(String path, String body, String cookie, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type).header("Origin", base);
        return (cookie == null ? b : b.header("Cookie", cookie)).build();
    }

    static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Sends the requests, at most `parallel` at a time. */
    static List<HttpResponse<String>> all(List<HttpRequest> requests, int parallel) {
        Semaphore slots = new Semaphore(parallel);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (HttpRequest request : requests) {
            slots.acquireUninterruptibly();
            sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> slots.release()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
