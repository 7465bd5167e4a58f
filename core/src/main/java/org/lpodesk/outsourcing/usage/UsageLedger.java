package org.lpodesk.outsourcing.usage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.lpodesk.outsourcing.Engagement;

/**
 * Port: where closed tasks are recorded. Recording is idempotent by task id, because a
 * cluster-safe delegate may run again after a retried job: the first record of a task wins and a
 * second one changes nothing. Implementations: {@link InMemoryUsageLedger} here, a repository
 * backed one in the Alfresco tier.
 */
public interface UsageLedger {

    /**
     * Records a closed task unless its task id is already recorded.
     *
     * @return true when recorded now, false when the task was already recorded (nothing changed)
     */
    boolean record(UsageRecord record);

    Optional<UsageRecord> find(String taskId);

    /** The vendor's records delivered in {@code [fromInclusive, toExclusive)}, in delivery order. */
    List<UsageRecord> delivered(String vendorId, Instant fromInclusive, Instant toExclusive);

    /** The month's figures for the engagement's vendor; the month is the firm's calendar month. */
    default MonthlyUsage monthly(Engagement engagement, YearMonth month) {
        MonthlyUsage.Window window = MonthlyUsage.window(month, engagement.firmZone());
        return MonthlyUsage.of(engagement, month,
                delivered(engagement.vendor().id(), window.fromInclusive(), window.toExclusive()));
    }
}
