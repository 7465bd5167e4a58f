package org.lpodesk.cmis.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewCase;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.TestNumbers;
import org.lpodesk.dates.CalendarDates;

/**
 * What LPO Desk's repository module costs on document creation, on a live Alfresco: documents
 * created over CMIS into a case's folders (typed {@code imm:evidence}, confidentiality, the case's
 * behaviours; one in ten a USCIS notice, whose response deadline and the case deadline the module
 * computes) against the same bytes as plain {@code cmis:document}s in a plain folder of the same
 * repository. Rounds alternate the side that goes first (A-B-B-A) after a warm-up round; printed:
 * each side's median documents per second and the median of the per-round ratios module/plain
 * (target >= 0.9). A third side, the same typed documents in the plain folder (no case, so none of
 * the case's behaviours), tells what of the gap is Alfresco storing the richer type and what is
 * the module's work on the case. Needs LPODESK_CMIS_IT_URL, _USER, _PASSWORD and _FOLDER (as the kit's live
 * suite). Arguments: measured rounds (default 8), documents per side and round (default 60),
 * bytes per document (default 20000). Run from the repository root:
 *
 * <pre>
 * mvn -q -pl cmis-client test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.cmis.bench.DocumentCreationBenchmark -Dexec.args="8 60"
 * </pre>
 */
public final class DocumentCreationBenchmark {

    /** imm:evidence's mandatory aspects, as the model declares them. */
    private static final List<String> EVIDENCE_ASPECTS = new org.lpodesk.cmis.rules.ModelRules(
            org.lpodesk.cmis.types.ImmModel.catalog()).secondarySet("D:imm:evidence", List.of(), List.of(),
            java.util.Set.of("imm:confidentialityLevel"));

    private DocumentCreationBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CmisTestEndpoint live = Endpoints.liveOrNull();
        if (live == null) {
            out.println("SKIPPED: set LPODESK_CMIS_IT_URL, _USER, _PASSWORD and _FOLDER to a live Alfresco with LPO Desk.");
            return;
        }
        try (live) {
            ImmigrationCmisClient kit = ImmigrationCmisClient.connect(live.connection());
            Session session = kit.session();
            TestNumbers numbers = new TestNumbers();
            FolderRef client = kit.createClient(live.root(), NewClient.named("Benchmark client " + numbers.prefix()));
            FolderRef kase = kit.createCase(client, NewCase.of(numbers.caseNumber(), org.lpodesk.cases.CaseType.EB1A,
                    "Benchmark Beneficiary").withReceiptNumber(numbers.receiptNumber("IOE")));
            Folder caseFolder = (Folder) session.getObject(kase.id());
            ObjectId evidence = child(caseFolder, "Evidence");
            ObjectId notices = child(caseFolder, "USCIS notices");
            Map<String, Object> plainProps = new HashMap<>();
            plainProps.put(PropertyIds.OBJECT_TYPE_ID, "cmis:folder");
            plainProps.put(PropertyIds.NAME, "Benchmark plain folder " + numbers.prefix());
            ObjectId plain = session.createFolder(plainProps, session.createObjectId(((Folder) session.getObject(client.id()))
                    .getParentId()));
            byte[] bytes = new byte[size];
            new Random(42).nextBytes(bytes);
            List<Double> module = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            List<Double> typed = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> typedRatios = new ArrayList<>();
            int[] serial = {0};
            for (int round = 0; round < rounds + 1; round++) {
                double m;
                double b;
                double ty;
                if (round % 2 == 0) {
                    m = perRound / seconds(() -> intoCase(session, evidence, notices, perRound, bytes, serial));
                    ty = perRound / seconds(() -> typedIntoPlainFolder(session, plain, perRound, bytes, serial));
                    b = perRound / seconds(() -> intoPlainFolder(session, plain, perRound, bytes, serial));
                } else {
                    b = perRound / seconds(() -> intoPlainFolder(session, plain, perRound, bytes, serial));
                    ty = perRound / seconds(() -> typedIntoPlainFolder(session, plain, perRound, bytes, serial));
                    m = perRound / seconds(() -> intoCase(session, evidence, notices, perRound, bytes, serial));
                }
                out.printf(Locale.ROOT, "%s round %d: into the case %.1f docs/s, typed outside a case %.1f, plain %.1f docs/s%n",
                        round == 0 ? "warm-up" : "measured", round + 1, m, ty, b);
                if (round > 0) {
                    module.add(m);
                    bare.add(b);
                    typed.add(ty);
                    ratios.add(m / b);
                    typedRatios.add(ty / b);
                }
            }
            out.printf(Locale.ROOT, "%d rounds of %d documents of %d bytes per side; case %s%n", rounds, perRound, size,
                    kit.properties(kase.id()).get("imm:caseNumber"));
            out.printf(Locale.ROOT, "median into the case: %.1f docs/s; typed outside a case: %.1f; plain: %.1f docs/s%n",
                    median(module), median(typed), median(bare));
            out.printf(Locale.ROOT, "per-round ratio typed-outside-a-case/plain: median %.3f (Alfresco storing the type)%n",
                    median(typedRatios));
            out.printf(Locale.ROOT, "per-round ratio module/plain: min %.3f, median %.3f, max %.3f (target >= 0.9)%n",
                    ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0), median(ratios),
                    ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    private static ObjectId child(Folder caseFolder, String name) {
        for (org.apache.chemistry.opencmis.client.api.CmisObject c : caseFolder.getChildren()) {
            if (c instanceof Folder f && name.equals(f.getName())) {
                return f;
            }
        }
        throw new IllegalStateException("the case has no sub-folder " + name);
    }

    /** Evidence documents, one in ten a USCIS notice (an RFE of ten days ago, served by mail). */
    private static void intoCase(Session session, ObjectId evidence, ObjectId notices, int count, byte[] bytes, int[] serial) {
        for (int i = 0; i < count; i++) {
            int n = ++serial[0];
            Map<String, Object> p = new HashMap<>();
            if (i % 10 == 9) {
                p.put(PropertyIds.OBJECT_TYPE_ID, "D:imm:uscisNotice");
                p.put(PropertyIds.NAME, "notice-" + n + ".pdf");
                p.put("imm:noticeKind", "RFE");
                GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                day.setTime(CalendarDates.toDate(LocalDate.now().minusDays(10)));
                p.put("imm:noticeDate", day);
                p.put("imm:serviceMethod", "MAIL");
                create(session, p, notices, bytes);
            } else {
                p.put(PropertyIds.OBJECT_TYPE_ID, "D:imm:evidence");
                p.put(PropertyIds.NAME, "evidence-" + n + ".pdf");
                // an integrator sends the complete set: Alfresco removes a mandatory aspect left out
                p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, EVIDENCE_ASPECTS);
                p.put("imm:confidentialityLevel", "CONFIDENTIAL");
                create(session, p, evidence, bytes);
            }
        }
    }

    /** The same typed documents, without a case around them. */
    private static void typedIntoPlainFolder(Session session, ObjectId folder, int count, byte[] bytes, int[] serial) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> p = new HashMap<>();
            p.put(PropertyIds.OBJECT_TYPE_ID, "D:imm:evidence");
            p.put(PropertyIds.NAME, "typed-" + (++serial[0]) + ".pdf");
            p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, EVIDENCE_ASPECTS);
            p.put("imm:confidentialityLevel", "CONFIDENTIAL");
            create(session, p, folder, bytes);
        }
    }

    private static void intoPlainFolder(Session session, ObjectId folder, int count, byte[] bytes, int[] serial) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> p = new HashMap<>();
            p.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
            p.put(PropertyIds.NAME, "plain-" + (++serial[0]) + ".pdf");
            create(session, p, folder, bytes);
        }
    }

    private static void create(Session session, Map<String, Object> properties, ObjectId folder, byte[] bytes) {
        session.createDocument(properties, folder, session.getObjectFactory().createContentStream(
                String.valueOf(properties.get(PropertyIds.NAME)), bytes.length, "application/pdf",
                new ByteArrayInputStream(bytes)), VersioningState.MAJOR);
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
