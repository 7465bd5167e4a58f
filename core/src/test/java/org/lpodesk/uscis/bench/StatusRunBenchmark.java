package org.lpodesk.uscis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.uscis.CaseStatusApi;
import org.lpodesk.uscis.CheckPlanner;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusRun;

/**
 * The daily USCIS check's wall time: N receipt numbers asked of a local server answering as
 * USCIS's Case Status API does (OAuth token, then {@code GET /case-status/{receipt}}), through
 * core's client, planner and paced run with the real clock, at the API's rate. The server counts
 * what it received in every sliding second. Run from the repository root (about N / rate seconds):
 *
 * <pre>
 * mvn -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt -Dmdep.includeScope=test
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/core-cp.txt) org.lpodesk.uscis.bench.StatusRunBenchmark [receipts rate]
 * </pre>
 *
 * Issue 20 asks for the wall time of 2,000 receipt numbers at 10 requests a second; the floor is
 * (N - 1) / rate seconds. Storing each answer in the repository is measured by the live job, not here.
 */
public final class StatusRunBenchmark {

    private StatusRunBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int receipts = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger tokens = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/oauth/accesstoken", exchange -> {
            tokens.incrementAndGet();
            answer(exchange, "{\"access_token\":\"bench\",\"expires_in\":1799}");
        });
        server.createContext("/case-status/", exchange -> {
            arrivals.add(System.nanoTime());
            String number = exchange.getRequestURI().getPath().substring("/case-status/".length());
            answer(exchange, "{\"case_status\":{\"receiptNumber\":\"" + number + "\",\"formType\":\"I-485\","
                    + "\"modifiedDate\":\"2026-12-01T14:30:00.000Z\",\"current_case_status_text_en\":\"Case Was Received\","
                    + "\"current_case_status_desc_en\":\"On December 1, 2026, we received your Form I-485.\",\"hist_case_status\":[]}}");
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            ObjectMapper json = new ObjectMapper();
            CaseStatusApi api = new CaseStatusApi(new CaseStatusApi.Settings(URI.create(base + "/oauth/accesstoken"),
                    URI.create(base), "bench", "secret".toCharArray()), HttpClient.newHttpClient(), body -> {
                        try {
                            return json.readValue(body, Object.class);
                        } catch (IOException e) {
                            throw new IllegalArgumentException(e);
                        }
                    }, Clock.systemUTC(), StatusRunBenchmark::sleep);
            List<ReceiptNumber> numbers = new ArrayList<>();
            for (int i = 0; i < receipts; i++) {
                numbers.add(new ReceiptNumber(String.format("IOE%010d", 9_100_000_000L + i)));
            }
            CheckPlanner.Settings settings = new CheckPlanner.Settings(10_000, 10, rate);
            CheckPlanner.Plan plan = new CheckPlanner(settings).plan(numbers, Set.of(), Clock.systemUTC().instant());
            List<StatusCheck> stored = new ArrayList<>();
            List<Long> sent = new ArrayList<>();
            long start = System.nanoTime();
            StatusRun.Report report = new StatusRun(settings, Clock.systemUTC(), StatusRunBenchmark::sleep)
                    .run(plan, (receipt, by) -> {
                        sent.add(System.nanoTime());
                        return api.check(receipt, by);
                    }, stored::add, "system");
            double wall = (System.nanoTime() - start) / 1e9;
            double floor = (receipts - 1) / rate;
            out.printf("receipts %d at %.1f/s: wall %.1f s, floor %.1f s (ratio %.3f), %d recorded, %d failed, %d token request(s)%n",
                    receipts, rate, wall, floor, wall / floor, report.checked(), report.failed(), tokens.get());
            out.printf("most requests sent in any one second: %d; most the server received in any one second: %d (limit %.0f)%n",
                    maxPerSecond(sent), maxPerSecond(arrivals), rate);
        } finally {
            server.stop(0);
        }
    }

    private static int maxPerSecond(List<Long> arrivals) {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= 1_000_000_000L) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
