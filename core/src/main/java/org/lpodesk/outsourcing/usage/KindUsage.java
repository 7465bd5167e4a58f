package org.lpodesk.outsourcing.usage;

import java.math.BigDecimal;
import java.util.Objects;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;

/**
 * One task kind's share of a vendor's month.
 *
 * @param medianTurnaroundBusinessDays median of the kind's turnarounds, in vendor business days
 */
public record KindUsage(TaskKind kind, int tasks, int onTime, int late, BigDecimal hours, Money flatFees,
                        Money cost, BigDecimal medianTurnaroundBusinessDays) {

    public KindUsage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(flatFees, "flatFees");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(medianTurnaroundBusinessDays, "medianTurnaroundBusinessDays");
    }
}
