package org.lpodesk.uscis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * Which receipt numbers the scheduled job checks today and when: each at most once a day, never
 * faster than the API's rate, never more than the daily quota less the headroom kept for people's
 * own checks. A run after a restart plans only what today's log does not hold yet; what does not
 * fit today is reported, not silently dropped.
 */
public final class CheckPlanner {

    /**
     * @param dailyQuota      requests a day the firm's credentials allow (USCIS: 10,000)
     * @param headroomPercent share of the quota kept free (manual API checks, retries)
     * @param ratePerSecond   requests a second allowed (USCIS: 10)
     */
    public record Settings(int dailyQuota, int headroomPercent, double ratePerSecond) {
        /** The share by which requests are spaced wider than the rate allows. */
        static final double RATE_MARGIN = 0.05;

        public Settings {
            if (dailyQuota < 1 || headroomPercent < 0 || headroomPercent > 99 || !(ratePerSecond > 0)) {
                throw new IllegalArgumentException(UscisMessages.format("plan.badSettings", dailyQuota, headroomPercent,
                        ratePerSecond));
            }
        }

        /** Checks the job may make in a day. */
        public int dailyBudget() {
            return Math.max(1, dailyQuota * (100 - headroomPercent) / 100);
        }

        /**
         * The least time between two requests: the rate's, and 5% more, because sleeps end a little
         * early or late and the network does not deliver at the instant a request leaves (at exactly
         * 100 ms apart, a local server counted 11 requests in one second of 2,000).
         */
        public Duration interval() {
            return Duration.ofNanos((long) Math.ceil(1_000_000_000d / ratePerSecond * (1 + RATE_MARGIN)));
        }
    }

    /** One check to make, at or after {@code at}. */
    public record Slot(ReceiptNumber receiptNumber, Instant at) {
    }

    /**
     * @param skipped receipt numbers left for tomorrow: today's budget is spent
     */
    public record Plan(List<Slot> slots, List<ReceiptNumber> skipped, int alreadyToday) {
        public Plan {
            slots = List.copyOf(slots);
            skipped = List.copyOf(skipped);
        }
    }

    private final Settings settings;

    public CheckPlanner(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param receipts     the open cases' receipt numbers, the longest unchecked first (duplicates ignored)
     * @param checkedToday the receipt numbers the API was asked about today already (this day's log)
     * @param start        when the run starts
     */
    public Plan plan(Collection<ReceiptNumber> receipts, Set<ReceiptNumber> checkedToday, Instant start) {
        int budget = Math.max(0, settings.dailyBudget() - checkedToday.size());
        List<Slot> slots = new ArrayList<>();
        List<ReceiptNumber> skipped = new ArrayList<>();
        Duration interval = settings.interval();
        Instant next = start;
        for (ReceiptNumber receipt : new LinkedHashSet<>(receipts)) {
            if (checkedToday.contains(receipt)) {
                continue;
            }
            if (slots.size() >= budget) {
                skipped.add(receipt);
                continue;
            }
            slots.add(new Slot(receipt, next));
            next = next.plus(interval);
        }
        return new Plan(slots, skipped, checkedToday.size());
    }
}
