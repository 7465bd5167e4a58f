package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.lpodesk.billing.Money;

/**
 * The indicators of one group of tasks (see {@link Indicator} for each definition). Counts of the
 * volume and of every rate come from the tasks requested in the group's period; hours and cost come
 * from the tasks closed as delivered in it. A rate or median with nothing to measure is null,
 * never zero: "no delivered task" is not "0 % on time".
 *
 * @param turnaroundTasks       delivered tasks with a first delivery: the turnaround sample
 * @param slaTasks              delivered tasks with a first delivery and a vendor due date
 * @param bufferTasks           delivered tasks whose case has a deadline and whose approving review finished
 * @param reviewedTasks         tasks with at least one firm review decision
 * @param closedDelivered       tasks closed as delivered in the period (hours and cost)
 * @param hoursLogged           hours logged on those tasks
 * @param hourlyHours           of those, hours on kinds billed hourly (they draw on the package)
 * @param costedTasks           of those, tasks with a ledger record
 * @param cost                  their recorded cost, one amount per currency, by currency code
 * @param costPerTask           cost / costed tasks of that currency, per currency
 */
public record Figures(int requested, int accepted, int declined, int delivered, int cancelled, int open,
                      int turnaroundTasks, BigDecimal turnaroundMedianHours, BigDecimal turnaroundP90Hours,
                      int slaTasks, int onTime, int late, BigDecimal slaCompliance,
                      int bufferTasks, int bufferKept, BigDecimal bufferKeptRate,
                      int firstPass, BigDecimal firstPassRate,
                      int reviewedTasks, int reworkedTasks, int changeRequests, BigDecimal reworkRate,
                      BigDecimal meanReworkRounds,
                      int closedDelivered, BigDecimal hoursLogged, BigDecimal hourlyHours, int costedTasks,
                      List<Money> cost, List<Money> costPerTask) {

    public Figures {
        Objects.requireNonNull(hoursLogged, "hoursLogged");
        Objects.requireNonNull(hourlyHours, "hourlyHours");
        cost = List.copyOf(cost);
        costPerTask = List.copyOf(costPerTask);
    }

    /** What a vendor's scorecard shows: the review buffer (the firm's own deadline work) removed. */
    public Figures forVendor() {
        return new Figures(requested, accepted, declined, delivered, cancelled, open, turnaroundTasks,
                turnaroundMedianHours, turnaroundP90Hours, slaTasks, onTime, late, slaCompliance, 0, 0, null,
                firstPass, firstPassRate, reviewedTasks, reworkedTasks, changeRequests, reworkRate, meanReworkRounds,
                closedDelivered, hoursLogged, hourlyHours, costedTasks, cost, costPerTask);
    }
}
