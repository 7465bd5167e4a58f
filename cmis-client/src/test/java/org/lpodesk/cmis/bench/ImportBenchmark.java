package org.lpodesk.cmis.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.importer.CsvTable;
import org.lpodesk.cmis.importer.ImportProgress;
import org.lpodesk.cmis.importer.ImportSummary;
import org.lpodesk.cmis.importer.PracticeImporter;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.InMemoryCmisEndpoint;
import org.lpodesk.cmis.testing.PracticeGenerator;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.cmis.testing.PracticeGenerator.Practice;
import org.lpodesk.cmis.types.ImmModel;

/**
 * Bulk import throughput: the kit's importer (model checks, journal, progress) against the same
 * objects created with bare OpenCMIS calls, on the same server over HTTP in the same run. Rounds
 * alternate the side that goes first (kit, bare / bare, kit: A-B-B-A) after warm-up rounds that
 * are not counted. On the in-memory server each round runs on a fresh server (it slows down as its
 * store grows); on a live Alfresco (LPODESK_CMIS_IT_URL, _USER, _PASSWORD, _FOLDER, as the kit's live
 * suite) both sides write into the same folder and each side imports its own practice with fresh
 * case and receipt numbers (the repository reserves every number). Printed: the median rate of each
 * side and the median of the per-round ratios. Arguments: measured rounds (default 12), cases per
 * round (default 20, ten documents each).
 */
public final class ImportBenchmark {

    private static final org.lpodesk.cmis.rules.ModelRules RULES = new org.lpodesk.cmis.rules.ModelRules(ImmModel.catalog());

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmups = 1;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("lpodesk-bench-");
        try {
            CmisTestEndpoint live = Endpoints.liveOrNull();
            out.printf(Locale.ROOT, "server: %s%n", live == null ? "OpenCMIS in-memory, fresh per round" : live.connection().url());
            Practice first = practice(dir, cases);
            int objects = first.clients() + first.cases() + first.documentCount();
            List<Double> kitRates = new ArrayList<>();
            List<Double> bareRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < warmups + rounds; round++) {
                // in memory: a fresh server per round, so that neither side works on a fuller store
                try (CmisTestEndpoint endpoint = live != null ? keepOpen(live) : new InMemoryCmisEndpoint(ImmModel.catalog())) {
                    ImmigrationCmisClient kit = ImmigrationCmisClient.connect(endpoint.connection());
                    String root = endpoint.root();
                    // a live repository reserves every case and receipt number: each side its own practice
                    Practice forKit = live != null ? practice(dir, cases) : first;
                    Practice forBare = live != null ? practice(dir, cases) : first;
                    double kitRate;
                    double bareRate;
                    if (round % 2 == 0) {
                        kitRate = objects / seconds(() -> kitImport(kit, forKit, dir, root));
                        bareRate = objects / seconds(() -> bareImport(kit.session(), kit, forBare, root));
                    } else {
                        bareRate = objects / seconds(() -> bareImport(kit.session(), kit, forBare, root));
                        kitRate = objects / seconds(() -> kitImport(kit, forKit, dir, root));
                    }
                    if (round >= warmups) {
                        kitRates.add(kitRate);
                        bareRates.add(bareRate);
                        ratios.add(kitRate / bareRate);
                    }
                    out.printf(Locale.ROOT, "%s round %d: kit %.0f objects/s, bare OpenCMIS %.0f objects/s%n",
                            round < warmups ? "warm-up" : "measured", round + 1, kitRate, bareRate);
                }
            }
            double k = median(kitRates);
            double b = median(bareRates);
            out.printf(Locale.ROOT, "objects per side and round: %d (%d clients, %d cases, %d documents)%n", objects,
                    first.clients(), first.cases(), first.documentCount());
            out.printf(Locale.ROOT, "median kit import:  %.0f objects/s%n", k);
            out.printf(Locale.ROOT, "median bare import: %.0f objects/s%n", b);
            out.printf(Locale.ROOT, "ratio of the medians: %.3f%n", k / b);
            // a machine shared with other work drifts between rounds: the ratio within each round
            // (both sides on the same server, minutes apart at most) is the steadier figure
            out.printf(Locale.ROOT, "median of the per-round ratios kit/bare: %.3f (target >= 0.9)%n",
                    median(ratios));
            if (live != null) {
                live.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Practice practice(Path dir, int cases) throws IOException {
        return PracticeGenerator.write(Files.createTempDirectory(dir, "practice"), new TestNumbers(), Math.max(1, cases / 5),
                cases, 10);
    }

    /** The live endpoint for one round, left open for the next (closed once, at the end). */
    private static CmisTestEndpoint keepOpen(CmisTestEndpoint live) {
        return new CmisTestEndpoint() {
            @Override
            public org.lpodesk.cmis.client.CmisConnection connection() {
                return live.connection();
            }

            @Override
            public String root() {
                return live.root();
            }

            @Override
            public org.lpodesk.cmis.testing.ServerKind kind() {
                return live.kind();
            }

            @Override
            public String recordReview(String objectId, String outcome) {
                return live.recordReview(objectId, outcome);
            }

            @Override
            public void recordRecruitmentStep(String caseId, String kind, java.time.LocalDate start, java.time.LocalDate end,
                                              String where) {
                live.recordRecruitmentStep(caseId, kind, start, end, where);
            }

            @Override
            public void close() {
                // the live endpoint serves every round
            }
        };
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void kitImport(ImmigrationCmisClient kit, Practice practice, Path dir, String root) throws IOException {
        FolderRef target = kit.createClient(root, NewClient.named("kit " + System.nanoTime()));
        Path journal = Files.createTempFile(dir, "journal", ".txt");
        Files.delete(journal);
        ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(practice.csv(),
                practice.documents(), target.path(), journal, false), ImportProgress.NONE);
        if (!s.refused().isEmpty() || s.created().documents() != practice.documentCount()) {
            throw new IllegalStateException("kit import incomplete: " + s);
        }
    }

    /** The same objects, properties and content, straight through OpenCMIS. */
    private static void bareImport(Session session, ImmigrationCmisClient kit, Practice practice, String root) throws IOException {
        FolderRef target = kit.createClient(root, NewClient.named("bare " + System.nanoTime()));
        Map<String, ObjectId> clients = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(practice.csv()).rows()) {
            String clientName = row.get("client_name");
            ObjectId client = clients.computeIfAbsent(clientName, name -> {
                Map<String, Object> p = new HashMap<>();
                p.put(PropertyIds.OBJECT_TYPE_ID, "F:imm:client");
                p.put(PropertyIds.NAME, name);
                p.put("imm:clientName", name);
                p.put("imm:clientKind", row.get("client_kind"));
                return session.createFolder(p, session.createObjectId(target.id()));
            });
            String number = row.get("case_number");
            Map<String, Object> p = new HashMap<>();
            p.put(PropertyIds.OBJECT_TYPE_ID, "F:imm:case");
            p.put(PropertyIds.NAME, number);
            p.put("imm:caseNumber", number);
            p.put("imm:caseType", row.get("case_type"));
            p.put("imm:caseStatus", row.get("case_status"));
            p.put("imm:beneficiaryName", row.get("beneficiary_name"));
            p.put("imm:receiptNumber", row.get("receipt_number"));
            GregorianCalendar priorityDate = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            priorityDate.setTime(java.sql.Date.valueOf(row.get("priority_date")));
            p.put("imm:priorityDate", priorityDate);
            ObjectId kase = session.createFolder(p, client);
            Path caseDir = practice.documents().resolve(number);
            try (Stream<Path> files = Files.walk(caseDir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path rel = caseDir.relativize(file);
                    String type = rel.getNameCount() == 1 ? "D:imm:document" : "D:imm:" + rel.getName(0);
                    byte[] content = Files.readAllBytes(file);
                    Map<String, Object> d = new HashMap<>();
                    d.put(PropertyIds.OBJECT_TYPE_ID, type);
                    d.put(PropertyIds.NAME, file.getFileName().toString());
                    // the complete set, as an integrator must send it: Alfresco drops a mandatory aspect left out
                    d.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, RULES.secondarySet(type, List.of(), List.of(),
                            java.util.Set.of("imm:confidentialityLevel")));
                    d.put("imm:confidentialityLevel", "CONFIDENTIAL");
                    session.createDocument(d, kase, session.getObjectFactory().createContentStream(
                            file.getFileName().toString(), content.length, "application/pdf",
                            new ByteArrayInputStream(content)), VersioningState.MAJOR);
                }
            }
        }
    }
}
