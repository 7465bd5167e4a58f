package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lpodesk.billing.Money;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Computes the {@link Indicator}s of a group of tasks, exactly as their bundle definitions say.
 * Rates have 4 decimals, hours 2, both rounded half up; percentiles are nearest-rank, so every
 * figure is one of the measured values and a test can know it in advance.
 */
public final class Indicators {

    static final int RATE_SCALE = 4;
    static final int HOURS_SCALE = 2;

    private final ReportSettings settings;

    public Indicators(ReportSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ReportSettings settings() {
        return settings;
    }

    /**
     * @param requested the tasks requested in the period (volume and every rate)
     * @param closed    the tasks closed as delivered in the period (hours and cost)
     * @param hourly    whether a task's hours draw on the package (its kind is billed hourly)
     */
    public Figures figures(Collection<OutsourcedTask> requested, Collection<OutsourcedTask> closed,
                           Predicate<OutsourcedTask> hourly) {
        int accepted = 0;
        int declined = 0;
        int delivered = 0;
        int cancelled = 0;
        int open = 0;
        List<Long> turnarounds = new ArrayList<>();
        int slaTasks = 0;
        int onTime = 0;
        int bufferTasks = 0;
        int bufferKept = 0;
        int firstPass = 0;
        int reviewed = 0;
        int reworked = 0;
        int changeRequests = 0;
        for (OutsourcedTask t : requested) {
            if (t.accepted()) {
                accepted++;
            }
            switch (t.status()) {
                case DECLINED -> declined++;
                case CANCELLED -> cancelled++;
                case DELIVERED -> delivered++;
                default -> open++;
            }
            if (!t.firmReviews().isEmpty()) {
                reviewed++;
                if (t.changeRequests() > 0) {
                    reworked++;
                    changeRequests += t.changeRequests();
                }
            }
            if (t.status() != OutsourcedTask.Status.DELIVERED) {
                continue; // turnaround, SLA, buffer and first pass measure delivered work only
            }
            if (t.changeRequests() == 0) {
                firstPass++;
            }
            if (t.deliveredAt() != null) {
                turnarounds.add(settings.businessMinutes(t.requestedAt(), t.deliveredAt()));
                if (t.vendorDue() != null) {
                    slaTasks++;
                    if (!t.deliveredAt().isAfter(t.vendorDue())) {
                        onTime++;
                    }
                }
            }
            if (t.caseDeadline() != null && t.firmReviewFinishedAt() != null) {
                bufferTasks++;
                if (!settings.dayOf(t.firmReviewFinishedAt()).isAfter(settings.sendBy(t.caseDeadline()))) {
                    bufferKept++;
                }
            }
        }
        Collections.sort(turnarounds);

        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal hourlyHours = BigDecimal.ZERO;
        int costed = 0;
        Map<String, Money> cost = new TreeMap<>();
        Map<String, Integer> costedPerCurrency = new TreeMap<>();
        for (OutsourcedTask t : closed) {
            hours = hours.add(t.hoursLogged());
            if (hourly.test(t)) {
                hourlyHours = hourlyHours.add(t.hoursLogged());
            }
            if (t.usage() != null) {
                costed++;
                Money c = t.usage().cost();
                cost.merge(c.currency().getCurrencyCode(), c, Money::plus);
                costedPerCurrency.merge(c.currency().getCurrencyCode(), 1, Integer::sum);
            }
        }
        List<Money> perTask = new ArrayList<>();
        for (Map.Entry<String, Money> e : cost.entrySet()) {
            perTask.add(divide(e.getValue(), costedPerCurrency.get(e.getKey())));
        }
        return new Figures(requested.size(), accepted, declined, delivered, cancelled, open, turnarounds.size(),
                hoursOf(nearestRank(turnarounds, 50)), hoursOf(nearestRank(turnarounds, 90)), slaTasks, onTime,
                slaTasks - onTime, rate(onTime, slaTasks), bufferTasks, bufferKept, rate(bufferKept, bufferTasks),
                firstPass, rate(firstPass, delivered), reviewed, reworked, changeRequests, rate(reworked, reviewed),
                reworked == 0 ? null : BigDecimal.valueOf(changeRequests)
                        .divide(BigDecimal.valueOf(reworked), HOURS_SCALE, RoundingMode.HALF_UP),
                closed.size(), hours, hourlyHours, costed, new ArrayList<>(cost.values()), perTask);
    }

    /** The attorneys' review load over the firm review decisions of the given tasks, by attorney. */
    public List<AttorneyLoad> attorneyLoad(Collection<OutsourcedTask> tasks) {
        Map<String, List<OutsourcedTask.FirmReview>> byAttorney = new TreeMap<>();
        for (OutsourcedTask t : tasks) {
            for (OutsourcedTask.FirmReview r : t.firmReviews()) {
                byAttorney.computeIfAbsent(r.attorney() == null ? AttorneyLoad.UNKNOWN : r.attorney(),
                        a -> new ArrayList<>()).add(r);
            }
        }
        List<AttorneyLoad> loads = new ArrayList<>();
        byAttorney.forEach((attorney, reviews) -> {
            List<Long> minutes = new ArrayList<>();
            int approvals = 0;
            int changes = 0;
            int cancels = 0;
            for (OutsourcedTask.FirmReview r : reviews) {
                minutes.add(settings.businessMinutes(r.createdAt(), r.decidedAt()));
                switch (r.outcome()) {
                    case WorkflowModel.APPROVE -> approvals++;
                    case WorkflowModel.REQUEST_CHANGES -> changes++;
                    default -> cancels++;
                }
            }
            Collections.sort(minutes);
            loads.add(new AttorneyLoad(attorney, reviews.size(), approvals, changes, cancels,
                    hoursOf(nearestRank(minutes, 50))));
        });
        loads.sort(Comparator.comparing(AttorneyLoad::attorney));
        return loads;
    }

    /** The nearest-rank percentile: the value at rank ceil(p/100 x n), 1-based, of ascending values; null for none. */
    static Long nearestRank(List<Long> ascending, int percent) {
        if (ascending.isEmpty()) {
            return null;
        }
        int n = ascending.size();
        // ceil(p x n / 100) in integers: 90 % of 850 must be rank 765, which doubles may round to 766
        int rank = (percent * n + 99) / 100;
        return ascending.get(Math.max(rank, 1) - 1);
    }

    static BigDecimal hoursOf(Long minutes) {
        return minutes == null ? null
                : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), HOURS_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    static Money divide(Money total, int count) {
        int digits = Math.max(total.currency().getDefaultFractionDigits(), 0);
        return Money.of(total.amount().divide(BigDecimal.valueOf(count), digits, RoundingMode.HALF_UP),
                total.currency());
    }
}
