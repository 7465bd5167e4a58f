package org.lpodesk.cmis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of what "My case deadlines" and a case page ask of the repository, as a user sees it:
 * {@code GET /lpodesk/deadlines?days=30} and {@code GET /lpodesk/cases/summary?case=} for the
 * cases that list returns, over HTTP, as one attorney, after a warm-up. Prints p50, p95 and max
 * per endpoint. Seed the data first (integration-tests {@code DeadlineLoadSeedIT}).
 * <p>
 * Arguments: repository base URL (e.g. {@code http://127.0.0.1:8089/alfresco}), user, password
 * file, measured requests per endpoint (default 200).
 */
public final class DeadlineQueryBenchmark {

    private static final Pattern CASE_REF = Pattern.compile("\"caseNodeRef\":\"([^\"]+)\"");
    private static final Pattern HAS_MORE = Pattern.compile("\"hasMore\":(true|false)");

    private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    private DeadlineQueryBenchmark(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DeadlineQueryBenchmark <base url …/alfresco> <user> "
                    + "<password file> [requests]");
        }
        String password = java.nio.file.Files.readString(java.nio.file.Path.of(args[2])).strip();
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        new DeadlineQueryBenchmark(args[0], args[1], password).run(requests);
    }

    private void run(int requests) throws IOException, InterruptedException {
        String list = get("/service/lpodesk/deadlines?days=30&max=50");
        List<String> cases = new ArrayList<>();
        Matcher m = CASE_REF.matcher(list);
        while (m.find()) {
            cases.add(m.group(1));
        }
        Matcher more = HAS_MORE.matcher(list);
        out.printf(Locale.ROOT, "deadlines?days=30 lists %d cases on its first page, hasMore=%s%n", cases.size(),
                more.find() ? more.group(1) : "?");
        if (cases.isEmpty()) {
            throw new IllegalStateException("the deadline list is empty: seed the data first (DeadlineLoadSeedIT)");
        }
        for (int i = 0; i < 20; i++) {
            get("/service/lpodesk/deadlines?days=30");
            get(summary(cases.get(i % cases.size())));
        }
        List<Long> deadlines = new ArrayList<>();
        List<Long> summaries = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            deadlines.add(timed("/service/lpodesk/deadlines?days=30"));
            summaries.add(timed(summary(cases.get(i % cases.size()))));
        }
        report("GET /lpodesk/deadlines?days=30", deadlines);
        report("GET /lpodesk/cases/summary", summaries);
    }

    private static String summary(String caseRef) {
        return "/service/lpodesk/cases/summary?case=" + URLEncoder.encode(caseRef, StandardCharsets.UTF_8);
    }

    private long timed(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        get(path);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "%s: %d requests, p50 %d ms, p95 %d ms, max %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }
}
