package org.lpodesk.evidence.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.Completeness;
import org.lpodesk.evidence.completeness.EvidenceDocument;

/**
 * What the repository does at each commit that touches a tagged document: recompute a case's
 * completeness from all its documents and render what it stores (counts, missing items, summary).
 * A large EB-1A case: 300 documents, each tagged with one or two items, a tenth of them foreign
 * language (half of those translated). Run from the repository root:
 *
 * <pre>
 * mvn -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes org.lpodesk.evidence.bench.CompletenessBenchmark [documents warmup rounds]
 * </pre>
 *
 * Target: under 50 ms per recompute (issue 17). Prints the median, 95th percentile and maximum of
 * the timed rounds after the warm-up; the repository's own cost (reading the 300 nodes) is measured
 * live, not here.
 */
public final class CompletenessBenchmark {

    private CompletenessBenchmark() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

        Checklist eb1a = Checklists.defaults().forCaseType("EB1A");
        List<EvidenceDocument> docs = documents(eb1a, documents);
        Completeness completeness = new Completeness();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += once(completeness, eb1a, docs);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += once(completeness, eb1a, docs);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "completeness of an EB-1A case with %d documents, %d rounds after %d warm-up%n",
                documents, rounds, warmup);
        out.printf(Locale.ROOT, "median %.3f ms, p95 %.3f ms, max %.3f ms (target < 50 ms; %d)%n",
                nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, nanos[rounds - 1] / 1e6, sink % 7);
    }

    private static long once(Completeness completeness, Checklist checklist, List<EvidenceDocument> docs) {
        CaseCompleteness c = completeness.of(checklist, docs, List.of());
        // what the keeper stores at each recompute
        return c.missingItemIds().size() + c.criteriaEvidenced() + c.summary(Locale.US).length() + (c.ready() ? 1 : 0);
    }

    private static List<EvidenceDocument> documents(Checklist checklist, int count) {
        List<ChecklistItem> items = checklist.items();
        List<EvidenceDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ChecklistItem first = items.get(i % items.size());
            ChecklistItem second = items.get((i * 7 + 3) % items.size());
            String type = first.satisfiedBy().iterator().next();
            Set<String> tags = i % 3 == 0 ? Set.of(first.id(), second.id()) : Set.of(first.id());
            boolean foreign = i % 10 == 0;
            docs.add(new EvidenceDocument("workspace://SpacesStore/doc-" + i, "Exhibit " + i + ".pdf", type, tags,
                    foreign, foreign && i % 20 == 0));
        }
        return docs;
    }
}
