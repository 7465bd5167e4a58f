package org.lpodesk.outsourcing.report.bench;

import static org.lpodesk.review.workflow.WorkflowModel.OUTSOURCING_PROCESS;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's outsourcing report on a live Alfresco with PostgreSQL, through its web script, over as
 * many tasks as the firm asks for. {@code fill N} copies the history of the outsourcing processes
 * that ended in that repository until about N exist (ids end in {@value #SUFFIX} and a number,
 * spread over the past year; vendors and kinds stay as they were); {@code time} asks
 * {@code GET /lpodesk/reports/outsourcing} for the last 365 days 7 times; {@code remove} deletes
 * the copies. Environment: LPODESK_REPORT_DB_URL, _DB_USER, _DB_PASSWORD (the repository's
 * database), LPODESK_REPORT_REPO_URL (e.g. http://127.0.0.1:8080/alfresco), LPODESK_REPORT_USER and
 * _PASSWORD (a firm attorney or administrator). Run from the repository root:
 *
 * <pre>
 * mvn -q -pl platform-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.outsourcing.report.bench.LiveReportBenchmark -Dexec.args="fill 10000"
 * </pre>
 */
public final class LiveReportBenchmark {

    static final String SUFFIX = "-rb";
    private static final int RUNS = 7;
    private static final Pattern TOTAL_REQUESTED = Pattern.compile("\"total\":\\{\"requested\":(\\d+)");

    private LiveReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        String what = args.length > 0 ? args[0] : "time";
        try (Connection c = DriverManager.getConnection(env("LPODESK_REPORT_DB_URL"), env("LPODESK_REPORT_DB_USER"),
                env("LPODESK_REPORT_DB_PASSWORD"))) {
            HistoryCopier copier = new HistoryCopier(c);
            switch (what) {
                case "fill" -> {
                    int target = Integer.parseInt(args[1]);
                    List<String> sources = endedProcesses(c);
                    if (sources.isEmpty()) {
                        throw new IllegalStateException("no outsourcing process has ended in this repository: nothing to copy");
                    }
                    int copies = Math.max(0, (target + sources.size() - 1) / sources.size() - 1);
                    long t0 = System.nanoTime();
                    int rows = copier.copy(sources, copies, 360, SUFFIX, (column, row, copy) -> null);
                    out.printf("%d ended processes copied %d times (%d rows) in %d ms: about %d tasks%n", sources.size(),
                            copies, rows, (System.nanoTime() - t0) / 1_000_000, sources.size() * (copies + 1));
                }
                case "remove" -> out.printf("%d copied rows removed%n", copier.remove(SUFFIX));
                case "time" -> time(out);
                default -> throw new IllegalArgumentException("fill N, time or remove, not " + what);
            }
        }
    }

    private static List<String> endedProcesses(Connection c) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT P.PROC_INST_ID_ FROM ACT_HI_PROCINST P JOIN ACT_RE_PROCDEF D"
                + " ON P.PROC_DEF_ID_ = D.ID_ WHERE D.KEY_ = ? AND P.END_TIME_ IS NOT NULL AND P.PROC_INST_ID_ NOT LIKE ?")) {
            select.setString(1, OUTSOURCING_PROCESS);
            select.setString(2, "%" + SUFFIX + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void time(PrintWriter out) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        URI uri = URI.create(env("LPODESK_REPORT_REPO_URL") + "/s/lpodesk/reports/outsourcing?from=" + today.minusDays(364)
                + "&to=" + today);
        String auth = "Basic " + Base64.getEncoder().encodeToString((env("LPODESK_REPORT_USER") + ":"
                + env("LPODESK_REPORT_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        long[] millis = new long[RUNS];
        String tasks = "?";
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            millis[r] = (System.nanoTime() - t0) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the report answered " + response.statusCode() + ": " + response.body());
            }
            Matcher m = TOTAL_REQUESTED.matcher(response.body());
            tasks = m.find() ? m.group(1) : "?";
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf("year's report (%s to %s) over %s tasks: runs %s ms, median %d ms%n", today.minusDays(364), today,
                tasks, Arrays.toString(millis), sorted[RUNS / 2]);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set " + name);
        }
        return value;
    }
}
