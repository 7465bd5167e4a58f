package org.lpodesk.perm.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lpodesk.deadline.DeadlineRules;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermReminders;
import org.lpodesk.perm.PermStepKind;
import org.lpodesk.perm.PermTimeline;
import org.lpodesk.perm.PermTracker;

/**
 * What one run of the PERM reminder job computes: the timeline of every open PERM case and the
 * reminders due today. 5,000 cases of seven recruitment steps each, spread over two years, a
 * quarter filed, some audited and certified. Run from the repository root:
 *
 * <pre>
 * mvn -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes org.lpodesk.perm.bench.PermTimelineBenchmark [cases warmup rounds]
 * </pre>
 *
 * Target (issue 18): under 2 s of CPU for 5,000 cases in one run. Prints the thread CPU time of
 * each timed round (median and maximum) after the warm-up; reading the cases from the repository
 * is measured live, not here.
 */
public final class PermTimelineBenchmark {

    private PermTimelineBenchmark() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        PermTracker tracker = new PermTracker(HolidayCalendar.federal(), DeadlineRules.defaults());
        PermReminders reminders = new PermReminders(List.of(14, 3));
        List<PermRecord> records = records(cases);
        LocalDate today = LocalDate.of(2026, 12, 4);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += once(tracker, reminders, records, today);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            sink += once(tracker, reminders, records, today);
            nanos[i] = cpu.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "PERM timelines and reminders of %d cases, %d rounds after %d warm-up%n", cases, rounds, warmup);
        out.printf(Locale.ROOT, "CPU per run: median %.1f ms, max %.1f ms (target < 2000 ms; %d findings)%n",
                nanos[rounds / 2] / 1e6, nanos[rounds - 1] / 1e6, sink);
    }

    private static long once(PermTracker tracker, PermReminders reminders, List<PermRecord> records, LocalDate today) {
        long findings = 0;
        for (int i = 0; i < records.size(); i++) {
            PermTimeline timeline = tracker.timeline(records.get(i));
            findings += timeline.violations().size()
                    + reminders.due("IMM-2026-" + i, timeline, today, new HashSet<>()).size();
        }
        return findings;
    }

    /** Cases begun over two years; every eighth with a short Notice of Filing, every fourth filed. */
    static List<PermRecord> records(int cases) {
        List<PermRecord> records = new ArrayList<>(cases);
        LocalDate origin = LocalDate.of(2025, 1, 5);
        for (int i = 0; i < cases; i++) {
            LocalDate begin = origin.plusDays(i % 700);
            LocalDate sunday = begin.plusDays(7 - begin.getDayOfWeek().getValue() % 7);
            List<PermRecord.Step> steps = List.of(
                    step(i, 1, PermStepKind.SWA_JOB_ORDER, begin, begin.plusDays(29)),
                    step(i, 2, PermStepKind.SUNDAY_AD, sunday, sunday),
                    step(i, 3, PermStepKind.SUNDAY_AD, sunday.plusDays(7), sunday.plusDays(7)),
                    step(i, 4, PermStepKind.NOTICE_OF_FILING, begin, begin.plusDays(i % 8 == 0 ? 10 : 14)),
                    step(i, 5, PermStepKind.JOB_FAIR, begin.plusDays(20), begin.plusDays(20)),
                    step(i, 6, PermStepKind.EMPLOYER_WEBSITE, begin, begin.plusDays(30)),
                    step(i, 7, PermStepKind.LOCAL_NEWSPAPER, begin.plusDays(3), begin.plusDays(3)));
            boolean filed = i % 4 == 0;
            LocalDate filedOn = begin.plusDays(45 + i % 20);
            records.add(new PermRecord(
                    Optional.of(new PermRecord.Pwd(begin.minusDays(40), Optional.of(begin.plusDays(200)),
                            new BigDecimal("98500"), "YEAR", "II", "")),
                    steps, filed ? Optional.of(filedOn) : Optional.empty(), "",
                    filed && i % 16 == 0 ? Optional.of(filedOn.plusDays(60)) : Optional.empty(), Optional.empty(),
                    filed && i % 8 == 4 ? Optional.of(filedOn.plusDays(150)) : Optional.empty(), Optional.empty()));
        }
        return records;
    }

    private static PermRecord.Step step(int c, int n, PermStepKind kind, LocalDate start, LocalDate end) {
        return new PermRecord.Step("case-" + c + "-step-" + n, kind, start, end, "", List.of());
    }
}
