package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.usage.InMemoryUsageLedger;
import org.lpodesk.outsourcing.usage.UsageRecord;
import org.lpodesk.outsourcing.workflow.EngagementPort;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * 1,000 outsourcing tasks of 2026 built so that every indicator has an answer known by counting
 * the rules below, not by running the code under test:
 * <ul>
 * <li>task i &lt; 960 is acme's (USD; even i an EB-1 petition at a 900 flat fee, odd i legal research billed
 *     hourly, 25/h, 40 h package, 35/h overage), requested at 09:00 New York on Monday 2026-01-05 + (i mod 48)
 *     weeks; i &ge; 960 is beta's (EUR; legal research, 30/h, 100 h package, 45/h overage), requested Monday 2026-03-02;</li>
 * <li>by i mod 20 (acme only): 0 declined, 1 cancelled (at the firm's review after one change request
 *     when i mod 40 = 1, before acceptance otherwise), 2 accepted and open, 3 requested and open; else delivered;</li>
 * <li>delivered tasks are numbered j = 0..807 in order of i: the first delivery comes 24 business hours after the
 *     request for j &lt; 300, 52 for j &lt; 420, 60 for j &lt; 750, 90 after;</li>
 * <li>late (due 1 h before the first delivery) when j mod 20 = 7 and j &lt; 740: 37 tasks; on time otherwise;</li>
 * <li>1 change request when j mod 10 = 3, 2 when j mod 25 = 4; each firm review k (0-based) is created on the
 *     Monday 3 weeks after the request + k days at 09:00; approvals take 3 business hours (ann, even j) or 7
 *     (alan, odd j), every other decision 5;</li>
 * <li>case deadline: none when j mod 50 = 0; 1 business day after the approval day (buffer breached) when
 *     j mod 30 = 11; 2 business days after it (kept, on the boundary) otherwise;</li>
 * <li>hours: 6 on an EB-1, 3.5 on research; a ledger record for every delivered task except i mod 100 = 5.</li>
 * </ul>
 */
final class GeneratedHistory implements TaskHistory {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ReportSettings SETTINGS = ReportSettings.defaults(NEW_YORK, BusinessCalendar.WEEKDAYS);
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

    final Engagement acme = Engagement.builder(new Vendor("acme", "Acme Legal Process", "IN",
                    ZoneId.of("Asia/Kolkata"), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1)), NEW_YORK)
            .hourPackage(HourPackage.of("40", Money.usd("25"), Money.usd("35")))
            .kind(TaskKind.EB1_PETITION, 5, Billing.flatFee(Money.usd("900")), ClientCharge.FEE)
            .kind(TaskKind.LEGAL_RESEARCH, 2, Billing.hourly(), ClientCharge.COST)
            .build();
    final Engagement beta = Engagement.builder(new Vendor("beta", "Beta Drafting", "PH",
                    ZoneId.of("Asia/Manila"), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1)), NEW_YORK)
            .currency(EUR)
            .hourPackage(new HourPackage(new BigDecimal("100"), Money.of("30", EUR), Money.of("45", EUR)))
            .kind(TaskKind.LEGAL_RESEARCH, 2, Billing.hourly(), ClientCharge.COST)
            .build();
    final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    final List<OutsourcedTask> all = new ArrayList<>();

    GeneratedHistory() {
        int j = 0;
        for (int i = 0; i < 1000; i++) {
            boolean isAcme = i < 960;
            LocalDate monday = isAcme ? FIRST_MONDAY.plusWeeks(i % 48) : LocalDate.of(2026, 3, 2);
            Instant requested = at(monday, 9);
            TaskKind kind = isAcme && i % 2 == 0 ? TaskKind.EB1_PETITION : TaskKind.LEGAL_RESEARCH;
            String vendor = isAcme ? "acme" : "beta";
            String caseId = "case-" + (i % 300);
            String caseNumber = "IMM-2026-" + (i % 300);
            int kindOf = isAcme ? i % 20 : 19;
            String id = "p" + i;
            switch (kindOf) {
                case 0 -> all.add(task(id, vendor, kind, caseId, caseNumber, requested, OutsourcedTask.Status.DECLINED,
                        null, null, requested.plusSeconds(3600), List.of(), 0));
                case 1 -> {
                    if (i % 40 == 1) {
                        LocalDate reviewDay = monday.plusWeeks(3);
                        List<OutsourcedTask.FirmReview> reviews = List.of(
                                review("ann", reviewDay, 5, WorkflowModel.REQUEST_CHANGES),
                                review("ann", reviewDay.plusDays(1), 5, WorkflowModel.CANCEL));
                        all.add(task(id, vendor, kind, caseId, caseNumber, requested, OutsourcedTask.Status.CANCELLED,
                                requested.plusSeconds(600), at(monday.plusDays(1), 12), at(reviewDay.plusDays(1), 15),
                                reviews, 1));
                    } else {
                        all.add(task(id, vendor, kind, caseId, caseNumber, requested, OutsourcedTask.Status.CANCELLED,
                                null, null, requested.plusSeconds(7200), List.of(), 0));
                    }
                }
                case 2 -> all.add(task(id, vendor, kind, caseId, caseNumber, requested, OutsourcedTask.Status.ACCEPTED,
                        requested.plusSeconds(600), null, null, List.of(), 0));
                case 3 -> all.add(task(id, vendor, kind, caseId, caseNumber, requested, OutsourcedTask.Status.REQUESTED,
                        null, null, null, List.of(), 0));
                default -> {
                    delivered(i, j, id, vendor, kind, caseId, caseNumber, monday, requested);
                    j++;
                }
            }
        }
        if (j != 808) {
            throw new IllegalStateException("the generator's rules changed: " + j + " delivered");
        }
    }

    private void delivered(int i, int j, String id, String vendor, TaskKind kind, String caseId, String caseNumber,
                           LocalDate monday, Instant requested) {
        int turnaround = j < 300 ? 24 : j < 420 ? 52 : j < 750 ? 60 : 90;
        Instant deliveredAt = plusBusinessHours(monday, turnaround);
        Instant due = j % 20 == 7 && j < 740 ? deliveredAt.minusSeconds(3600) : deliveredAt.plusSeconds(86_400);
        int changes = j % 10 == 3 ? 1 : j % 25 == 4 ? 2 : 0;
        String attorney = j % 2 == 0 ? "ann" : "alan";
        LocalDate reviewDay = monday.plusWeeks(3);
        List<OutsourcedTask.FirmReview> reviews = new ArrayList<>();
        for (int k = 0; k < changes; k++) {
            reviews.add(review(attorney, reviewDay.plusDays(k), 5, WorkflowModel.REQUEST_CHANGES));
        }
        LocalDate approvalDay = reviewDay.plusDays(changes);
        OutsourcedTask.FirmReview approval = review(attorney, approvalDay, attorney.equals("ann") ? 3 : 7,
                WorkflowModel.APPROVE);
        reviews.add(approval);
        LocalDate deadline = j % 50 == 0 ? null : plusBusinessDays(approvalDay, j % 30 == 11 ? 1 : 2);
        BigDecimal hours = kind == TaskKind.EB1_PETITION ? new BigDecimal("6") : new BigDecimal("3.5");
        Instant closed = approval.decidedAt().plusSeconds(60);
        OutsourcedTask t = new OutsourcedTask(id, vendor, kind, caseId, caseNumber, requested,
                OutsourcedTask.Status.DELIVERED, requested.plusSeconds(600), deliveredAt, due, deadline, closed,
                approval.decidedAt(), attorney, changes, j % 7 == 0 ? 1 : 0, hours, reviews, null);
        all.add(t);
        if (i % 100 != 5) {
            Engagement e = vendor.equals("acme") ? acme : beta;
            ledger.record(UsageRecord.close(e, BusinessCalendar.WEEKDAYS, id, kind, hours, requested, due, closed));
        }
    }

    private static OutsourcedTask task(String id, String vendor, TaskKind kind, String caseId, String caseNumber,
                                       Instant requested, OutsourcedTask.Status status, Instant acceptedAt,
                                       Instant deliveredAt, Instant closedAt, List<OutsourcedTask.FirmReview> reviews,
                                       int changes) {
        return new OutsourcedTask(id, vendor, kind, caseId, caseNumber, requested, status, acceptedAt, deliveredAt,
                requested.plusSeconds(86_400 * 7), null, closedAt, null, null, changes, 0,
                acceptedAt == null ? BigDecimal.ZERO : new BigDecimal("1"), reviews, null);
    }

    private static OutsourcedTask.FirmReview review(String attorney, LocalDate day, int businessHours, String outcome) {
        return new OutsourcedTask.FirmReview(attorney, at(day, 9), at(day, 9 + businessHours), outcome);
    }

    static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), NEW_YORK).toInstant();
    }

    /** From a Monday 09:00, h firm business hours (09:00-17:00, weekdays): a whole day ends at 17:00. */
    static Instant plusBusinessHours(LocalDate monday, int h) {
        int day = h / 8;
        int hour = 9 + h % 8;
        if (h % 8 == 0) {
            day--;
            hour = 17;
        }
        return at(monday.plusDays(day + 2L * (day / 5)), hour);
    }

    static LocalDate plusBusinessDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    EngagementPort engagements() {
        Map<String, Engagement> byId = Map.of("acme", acme, "beta", beta);
        return vendorId -> Optional.ofNullable(byId.get(vendorId));
    }

    @Override
    public List<OutsourcedTask> tasks(Instant fromInclusive, Instant toExclusive) {
        return all.stream().filter(t -> in(t.requestedAt(), fromInclusive, toExclusive)
                || t.closedAt() != null && in(t.closedAt(), fromInclusive, toExclusive)).toList();
    }

    private static boolean in(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
