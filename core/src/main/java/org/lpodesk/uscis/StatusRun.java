package org.lpodesk.uscis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * Makes a day's planned checks: each slot no earlier than planned and never sooner after the
 * previous request than the rate allows (a slot delayed by USCIS's "slow down" answers does not
 * let the ones after it bunch up). Every answer, good or failed, is handed to the recorder, which
 * stores it in its own transaction; a recorder failure loses that one check only (the next run
 * asks again, since the day's log lacks it). Refused credentials stop the run: the rest is left,
 * reported, for after the credentials are fixed.
 */
public final class StatusRun {

    /** Asks the source about one receipt number (the API client). */
    @FunctionalInterface
    public interface Checker {
        StatusCheck check(ReceiptNumber receipt, String checkedBy);
    }

    /** Stores one check with its case (the repository). */
    @FunctionalInterface
    public interface Recorder {
        void record(StatusCheck check);
    }

    /**
     * @param checked     checks stored, good or failed
     * @param failed      of those, failed checks (404, busy, unreadable…)
     * @param notRecorded answers the recorder could not store; asked again on the next run
     * @param skipped     receipt numbers the day's budget did not reach (from the plan)
     * @param left        planned receipt numbers not asked because the credentials were refused
     */
    public record Report(int planned, int checked, int failed, int notRecorded, List<ReceiptNumber> skipped,
                         List<ReceiptNumber> left, boolean credentialsRefused, Duration took) {
        public Report {
            skipped = List.copyOf(skipped);
            left = List.copyOf(left);
        }
    }

    private final Clock clock;
    private final Consumer<Duration> sleep;
    private final Duration interval;

    /**
     * @param sleep waits (the job's thread; a test's clock)
     */
    public StatusRun(CheckPlanner.Settings settings, Clock clock, Consumer<Duration> sleep) {
        this.clock = clock;
        this.sleep = sleep;
        this.interval = settings.interval();
    }

    public Report run(CheckPlanner.Plan plan, Checker checker, Recorder recorder, String checkedBy) {
        Instant began = clock.instant();
        Instant lastRequest = null;
        int checked = 0;
        int failed = 0;
        int notRecorded = 0;
        List<ReceiptNumber> left = new ArrayList<>();
        boolean refused = false;
        for (CheckPlanner.Slot slot : plan.slots()) {
            if (refused) {
                left.add(slot.receiptNumber());
                continue;
            }
            Instant due = lastRequest == null || slot.at().isAfter(lastRequest.plus(interval)) ? slot.at()
                    : lastRequest.plus(interval);
            Duration wait = Duration.between(clock.instant(), due);
            if (!wait.isNegative() && !wait.isZero()) {
                sleep.accept(wait);
            }
            lastRequest = clock.instant();
            StatusCheck check;
            try {
                check = checker.check(slot.receiptNumber(), checkedBy);
            } catch (CaseStatusApi.CredentialsRefusedException e) {
                refused = true;
                left.add(slot.receiptNumber());
                continue;
            }
            try {
                recorder.record(check);
                checked++;
                if (!check.ok()) {
                    failed++;
                }
            } catch (RuntimeException notStored) {
                notRecorded++;
            }
        }
        return new Report(plan.slots().size(), checked, failed, notRecorded, plan.skipped(), left, refused,
                Duration.between(began, clock.instant()));
    }
}
