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
import org.lpodesk.cmis.testing.InMemoryCmisEndpoint;
import org.lpodesk.cmis.testing.PracticeGenerator;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.cmis.testing.PracticeGenerator.Practice;
import org.lpodesk.cmis.types.ImmModel;

/**
 * Bulk import throughput: the kit's importer (model checks, journal, progress) against the same
 * objects created with bare OpenCMIS calls, on the same in-memory server over HTTP in the same
 * run. Rounds alternate (kit, bare, kit, bare, ...) after warm-up rounds that are not counted;
 * each round runs on a fresh server with the first side alternating (the in-memory server slows
 * down as its store grows). Printed: the median rate of each side and the median of the
 * per-round ratios. Arguments: measured rounds (default 12), cases per round (default 20, ten
 * documents each).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmups = 1;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("lpodesk-bench-");
        try {
            Practice practice = PracticeGenerator.write(dir, new TestNumbers(), Math.max(1, cases / 5), cases, 10);
            int objects = practice.clients() + practice.cases() + practice.documentCount();
            List<Double> kitRates = new ArrayList<>();
            List<Double> bareRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < warmups + rounds; round++) {
                // a fresh server per round, so that neither side works on a fuller store; the side
                // that goes first alternates
                try (CmisTestEndpoint endpoint = new InMemoryCmisEndpoint(ImmModel.catalog())) {
                    ImmigrationCmisClient kit = ImmigrationCmisClient.connect(endpoint.connection());
                    double kitRate;
                    double bareRate;
                    if (round % 2 == 0) {
                        kitRate = objects / seconds(() -> kitImport(kit, practice, dir));
                        bareRate = objects / seconds(() -> bareImport(kit.session(), kit, practice));
                    } else {
                        bareRate = objects / seconds(() -> bareImport(kit.session(), kit, practice));
                        kitRate = objects / seconds(() -> kitImport(kit, practice, dir));
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
            out.printf(Locale.ROOT, "objects per round: %d (%d clients, %d cases, %d documents)%n", objects,
                    practice.clients(), practice.cases(), practice.documentCount());
            out.printf(Locale.ROOT, "median kit import:  %.0f objects/s%n", k);
            out.printf(Locale.ROOT, "median bare import: %.0f objects/s%n", b);
            out.printf(Locale.ROOT, "ratio of the medians: %.3f%n", k / b);
            // a machine shared with other work drifts between rounds: the ratio within each round
            // (both sides on the same server, minutes apart at most) is the steadier figure
            out.printf(Locale.ROOT, "median of the per-round ratios kit/bare: %.3f (target >= 0.9)%n",
                    median(ratios));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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

    private static void kitImport(ImmigrationCmisClient kit, Practice practice, Path dir) throws IOException {
        FolderRef target = kit.createClient("/", NewClient.named("kit " + System.nanoTime()));
        Path journal = Files.createTempFile(dir, "journal", ".txt");
        Files.delete(journal);
        ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(practice.csv(),
                practice.documents(), target.path(), journal, false), ImportProgress.NONE);
        if (!s.refused().isEmpty() || s.created().documents() != practice.documentCount()) {
            throw new IllegalStateException("kit import incomplete: " + s);
        }
    }

    /** The same objects, properties and content, straight through OpenCMIS. */
    private static void bareImport(Session session, ImmigrationCmisClient kit, Practice practice) throws IOException {
        FolderRef target = kit.createClient("/", NewClient.named("bare " + System.nanoTime()));
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
                    d.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:imm:confidentiality"));
                    d.put("imm:confidentialityLevel", "CONFIDENTIAL");
                    session.createDocument(d, kase, session.getObjectFactory().createContentStream(
                            file.getFileName().toString(), content.length, "application/pdf",
                            new ByteArrayInputStream(content)), VersioningState.MAJOR);
                }
            }
        }
    }
}
