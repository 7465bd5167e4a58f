package org.lpodesk.cmis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewCase;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.client.NewDocument;
import org.lpodesk.cmis.client.NewNotice;

/**
 * Latency of the case page's one request, {@code GET /lpodesk/cases/summary?case=}, on a case of
 * the size issue 16 names (200 documents spread over the case's sub-folders, 20 USCIS notices),
 * over HTTP as a firm user, after a warm-up; prints p50, p95 and max. The case is seeded through
 * the kit over CMIS (a new client and case in the site's document library, named after the time)
 * unless a case node reference is given.
 * <p>
 * Arguments: repository base URL (e.g. {@code http://127.0.0.1:8098/alfresco}), user (a firm user
 * who may write in the site), password file, measured requests (default 200), site short name
 * (default {@code lpodesk-demo-firm}), and optionally the node reference of a case to measure
 * instead of seeding one.
 */
public final class CaseSummaryBenchmark {

    private static final int DOCUMENTS = 200;
    private static final int NOTICES = 20;
    private static final int WARM_UP = 20;
    private static final List<String> NOTICE_KINDS = List.of("RECEIPT", "BIOMETRICS", "RFE", "NOID", "TRANSFER");
    /** A sub-folder of the summary (its role came before its node reference once the folders got roles). */
    private static final Pattern FOLDER = Pattern.compile("\"name\":\"([^\"]+)\",(?:\"role\":\"[^\"]*\",)?"
            + "\"nodeRef\":\"[^\"]+\",\"libraryPath\":[^,]+,\"documents\":(\\d+)");

    private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String user;
    private final String password;

    private CaseSummaryBenchmark(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CaseSummaryBenchmark <base url …/alfresco> <user> "
                    + "<password file> [requests] [site] [case nodeRef]");
        }
        String password = Files.readString(Path.of(args[2])).strip();
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        String site = args.length > 4 ? args[4] : "lpodesk-demo-firm";
        CaseSummaryBenchmark bench = new CaseSummaryBenchmark(args[0], args[1], password);
        String caseRef = args.length > 5 ? args[5] : bench.seed(site);
        bench.measure(caseRef, requests);
    }

    /** A new client and case with 200 documents over the case's sub-folders and 20 notices; its node reference. */
    private String seed(String site) {
        long t0 = System.nanoTime();
        ImmigrationCmisClient kit = ImmigrationCmisClient.connect(new CmisConnection(
                base + "/api/-default-/public/cmis/versions/1.1/browser", user, password.toCharArray(),
                CmisConnection.DEFAULT_REPOSITORY));
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        FolderRef library = kit.folderRef("/Sites/" + site + "/documentLibrary");
        FolderRef client = kit.createClient(library, NewClient.named("Benchmark client " + stamp));
        String caseNumber = "BENCH-" + LocalDate.now().getYear() + "-" + String.format(Locale.ROOT, "%09d",
                Long.parseLong(stamp));
        FolderRef kase = kit.createCase(client, NewCase.of(caseNumber, Kind.EB1A, "Benchmark beneficiary"));
        // documents go into the sub-folders the case folder template made, round robin
        Map<String, FolderRef> subFolders = kit.foldersIn(kase.id());
        List<FolderRef> targets = new ArrayList<>(subFolders.values());
        if (targets.isEmpty()) {
            targets.add(kase);
        }
        byte[] text = "benchmark document\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < DOCUMENTS; i++) {
            kit.uploadDocument(targets.get(i % targets.size()), NewDocument.of(ImmigrationCmisClient.DOCUMENT_TYPE,
                    String.format(Locale.ROOT, "document-%03d.txt", i), "text/plain", text));
        }
        LocalDate first = LocalDate.now().minusDays(200);
        for (int i = 0; i < NOTICES; i++) {
            kit.recordNotice(kase.id(), new NewNotice(NOTICE_KINDS.get(i % NOTICE_KINDS.size()),
                    first.plusDays(10L * i), i % 2 == 0 ? "MAIL" : "ELECTRONIC", null, null,
                    String.format(Locale.ROOT, "notice-%02d.pdf", i), "application/pdf", text));
        }
        String caseRef = "workspace://SpacesStore/" + kase.id();
        out.printf(Locale.ROOT, "seeded %s (%s) in %s: %d documents over %d folders, %d notices, %d s%n", caseNumber,
                caseRef, site, DOCUMENTS, targets.size(), NOTICES, (System.nanoTime() - t0) / 1_000_000_000L);
        return caseRef;
    }

    private void measure(String caseRef, int requests) throws IOException, InterruptedException {
        String path = "/service/lpodesk/cases/summary?case=" + URLEncoder.encode(caseRef, StandardCharsets.UTF_8);
        String body = get(path);
        int documents = 0;
        Matcher folder = FOLDER.matcher(body);
        while (folder.find()) {
            documents += Integer.parseInt(folder.group(2));
        }
        out.printf(Locale.ROOT, "summary of %s: %d bytes, %d documents in sub-folders, %d notices%n", caseRef,
                body.length(), documents, count(body, "\"noticeDate\":"));
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            get(path);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        out.printf(Locale.ROOT, "GET /lpodesk/cases/summary: %d requests, p50 %d ms, p95 %d ms, max %d ms%n",
                millis.size(), millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private String get(String path) throws IOException, InterruptedException {
        String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The case type the seeded case has (the kit takes any enum whose names are the model's values). */
    private enum Kind {
        EB1A
    }
}
