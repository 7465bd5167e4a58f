package org.lpodesk.outsourcing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;

/** Every indicator over the generated year of {@link GeneratedHistory}, against answers counted from its rules. */
class OutsourcingReportsTest {

    private static final Set<String> VENDORS = Set.of("acme", "beta");
    private final GeneratedHistory history = new GeneratedHistory();
    private final OutsourcingReports reports = new OutsourcingReports(history, history.ledger, history.engagements(),
            GeneratedHistory.SETTINGS);

    private Report year(Granularity granularity) {
        return reports.report(ReportQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null,
                granularity, VENDORS, ReportViewer.firm("ann")));
    }

    @Test
    void theYearsTotalHasEveryIndicatorAsCounted() {
        Figures f = year(Granularity.MONTH).total();

        // volume: 48 each of declined, cancelled, accepted-open and requested-open among acme's 960
        assertThat(f.requested()).isEqualTo(1000);
        assertThat(f.declined()).isEqualTo(48);
        assertThat(f.cancelled()).isEqualTo(48);
        assertThat(f.open()).isEqualTo(96);
        assertThat(f.delivered()).isEqualTo(808);
        assertThat(f.accepted()).as("808 delivered, 48 open and accepted, 24 cancelled at the firm's review")
                .isEqualTo(880);
        // turnaround: 300 x 24 h, 120 x 52 h, 330 x 60 h, 58 x 90 h; ranks 404 and 728 of 808
        assertThat(f.turnaroundTasks()).isEqualTo(808);
        assertThat(f.turnaroundMedianHours()).isEqualByComparingTo("52");
        assertThat(f.turnaroundP90Hours()).isEqualByComparingTo("60");
        // SLA: exactly 37 late
        assertThat(f.slaTasks()).isEqualTo(808);
        assertThat(f.late()).isEqualTo(37);
        assertThat(f.onTime()).isEqualTo(771);
        assertThat(f.slaCompliance()).isEqualByComparingTo("0.9542");
        // review buffer: 17 without deadline, 27 breached
        assertThat(f.bufferTasks()).isEqualTo(791);
        assertThat(f.bufferKept()).isEqualTo(764);
        assertThat(f.bufferKeptRate()).isEqualByComparingTo("0.9659");
        // first pass: 81 tasks with one change request, 33 with two
        assertThat(f.firstPass()).isEqualTo(694);
        assertThat(f.firstPassRate()).isEqualByComparingTo("0.8589");
        // rework: the 24 tasks cancelled after a change request count too
        assertThat(f.reviewedTasks()).isEqualTo(832);
        assertThat(f.reworkedTasks()).isEqualTo(138);
        assertThat(f.changeRequests()).isEqualTo(171);
        assertThat(f.reworkRate()).isEqualByComparingTo("0.1659");
        assertThat(f.meanReworkRounds()).isEqualByComparingTo("1.24");
        // hours and cost: 384 EB-1 x 6 h, 424 research x 3.5 h; 10 research tasks without a ledger record
        assertThat(f.closedDelivered()).isEqualTo(808);
        assertThat(f.hoursLogged()).isEqualByComparingTo("3788");
        assertThat(f.hourlyHours()).isEqualByComparingTo("1484");
        assertThat(f.costedTasks()).isEqualTo(798);
        assertThat(f.cost()).as("never added across currencies")
                .containsExactly(Money.of("4200.00", GeneratedHistory.EUR), Money.usd("378325.00"));
        assertThat(f.costPerTask()).containsExactly(Money.of("105.00", GeneratedHistory.EUR), Money.usd("499.11"));
    }

    @Test
    void aGroupOfOneVendorKindAndMonthHasItsOwnFigures() {
        Report report = year(Granularity.MONTH);
        Figures beta = row(report, "beta", TaskKind.LEGAL_RESEARCH, "2026-03");
        assertThat(beta.requested()).isEqualTo(40);
        assertThat(beta.accepted()).isEqualTo(40);
        assertThat(beta.delivered()).isEqualTo(40);
        assertThat(beta.declined() + beta.cancelled() + beta.open()).isZero();
        assertThat(beta.turnaroundMedianHours()).isEqualByComparingTo("90");
        assertThat(beta.turnaroundP90Hours()).isEqualByComparingTo("90");
        assertThat(beta.late()).isZero();
        assertThat(beta.slaCompliance()).isEqualByComparingTo("1");
        assertThat(beta.bufferTasks()).isEqualTo(39);
        assertThat(beta.bufferKept()).isEqualTo(38);
        assertThat(beta.bufferKeptRate()).isEqualByComparingTo("0.9744");
        assertThat(beta.firstPass()).isEqualTo(34);
        assertThat(beta.firstPassRate()).isEqualByComparingTo("0.85");
        assertThat(beta.reworkedTasks()).isEqualTo(6);
        assertThat(beta.changeRequests()).isEqualTo(8);
        assertThat(beta.reworkRate()).isEqualByComparingTo("0.15");
        assertThat(beta.meanReworkRounds()).isEqualByComparingTo("1.33");
        assertThat(beta.hoursLogged()).isEqualByComparingTo("140");
        assertThat(beta.cost()).containsExactly(Money.of("4200.00", GeneratedHistory.EUR));
        assertThat(beta.costPerTask()).containsExactly(Money.of("105.00", GeneratedHistory.EUR));
        assertThat(row(report, "beta", null, "2026-03")).as("beta has one kind: its all-kinds row is the same")
                .isEqualTo(beta);

        // acme's January: weeks 0-4 requested, 20 tasks a week; week 0 (i mod 48 = 0) is all EB-1
        Figures january = row(report, "acme", null, "2026-01");
        assertThat(january.requested()).isEqualTo(80);
        Figures januaryEb1 = row(report, "acme", TaskKind.EB1_PETITION, "2026-01");
        assertThat(januaryEb1.requested() + row(report, "acme", TaskKind.LEGAL_RESEARCH, "2026-01").requested())
                .isEqualTo(80);
        assertThat(januaryEb1.closedDelivered()).as("week 0's EB-1 petitions close on 26-28 January").isEqualTo(16);
        assertThat(januaryEb1.cost()).containsExactly(Money.usd("14400.00"));
        assertThat(report.rows()).extracting(Report.Row::period).allMatch(p -> p.startsWith("2026-"));
        int requested = report.rows().stream().filter(r -> r.kind() == null).mapToInt(r -> r.figures().requested()).sum();
        assertThat(requested).as("the all-kinds rows add up to the total").isEqualTo(1000);
    }

    @Test
    void hoursAgainstThePackageAreMeasuredMonthByMonth() {
        Report report = year(Granularity.MONTH);
        Map<String, Report.PackageUse> acme = packages(report, "acme");
        assertThat(acme).hasSize(12);
        // January closes only EB-1 petitions (flat fee): the package is untouched
        assertThat(acme.get("2026-01").hourlyHours()).isEqualByComparingTo("0");
        assertThat(acme.get("2026-01").left()).isEqualByComparingTo("40");
        // February closes weeks 1 and 3: 16 + 16 research tasks x 3.5 h = 112 h
        Report.PackageUse february = acme.get("2026-02");
        assertThat(february.hourlyHours()).isEqualByComparingTo("112");
        assertThat(february.used()).isEqualByComparingTo("40");
        assertThat(february.left()).isEqualByComparingTo("0");
        assertThat(february.overage()).isEqualByComparingTo("72");
        assertThat(february.overageAmount()).isEqualTo(Money.usd("2520.00"));
        assertThat(february.packageCharge()).isEqualTo(Money.usd("1000.00"));
        BigDecimal hourly = acme.values().stream().map(Report.PackageUse::hourlyHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(hourly).as("acme's 384 research tasks").isEqualByComparingTo("1344");
        Report.PackageUse betaMarch = packages(report, "beta").get("2026-03");
        assertThat(betaMarch.hourlyHours()).isEqualByComparingTo("140");
        assertThat(betaMarch.overage()).isEqualByComparingTo("40");
        assertThat(betaMarch.overageAmount()).isEqualTo(Money.of("1800.00", GeneratedHistory.EUR));

        Report quarters = year(Granularity.QUARTER);
        Report.PackageUse betaQ1 = packages(quarters, "beta").get("2026Q1");
        assertThat(betaQ1.months()).isEqualTo(3);
        assertThat(betaQ1.packageHours()).isEqualByComparingTo("300");
        assertThat(betaQ1.used()).isEqualByComparingTo("100");
        assertThat(betaQ1.left()).as("January and February unused, March over").isEqualByComparingTo("200");
        assertThat(betaQ1.overage()).isEqualByComparingTo("40");
        assertThat(quarters.rows()).extracting(Report.Row::period).containsOnly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(row(quarters, "beta", null, "2026Q1")).isEqualTo(row(year(Granularity.MONTH), "beta", null, "2026-03"));
    }

    @Test
    void perCaseAndPerAttorney() {
        Report report = year(Granularity.MONTH);
        Report.CaseFigures case7 = report.cases().stream().filter(c -> c.caseId().equals("case-7")).findFirst().orElseThrow();
        // i = 7, 307, 607, 907: acme research, all delivered
        assertThat(case7.caseNumber()).isEqualTo("IMM-2026-7");
        assertThat(case7.requested()).isEqualTo(4);
        assertThat(case7.delivered()).isEqualTo(4);
        assertThat(case7.hoursLogged()).isEqualByComparingTo("14");
        assertThat(case7.cost()).containsExactly(Money.usd("350.00"));
        assertThat(report.cases()).hasSize(300);

        assertThat(report.attorneys()).extracting(AttorneyLoad::attorney).containsExactly("alan", "ann");
        AttorneyLoad alan = report.attorneys().get(0);
        AttorneyLoad ann = report.attorneys().get(1);
        assertThat(ann.decisions()).isEqualTo(486);
        assertThat(ann.approvals()).isEqualTo(404);
        assertThat(ann.changeRequests()).isEqualTo(58);
        assertThat(ann.cancels()).isEqualTo(24);
        assertThat(ann.medianDecisionHours()).isEqualByComparingTo("3");
        assertThat(alan.decisions()).isEqualTo(517);
        assertThat(alan.approvals()).isEqualTo(404);
        assertThat(alan.changeRequests()).isEqualTo(113);
        assertThat(alan.cancels()).isZero();
        assertThat(alan.medianDecisionHours()).as("113 x 5 h, then 404 x 7 h: rank 259").isEqualByComparingTo("7");
    }

    @Test
    void aNarrowerRangeCountsOnlyItsRequestsButTheDeliveriesClosedInIt() {
        // March: requests of 2-30 March; closings of 2-31 March (requested in February)
        Report march = reports.report(ReportQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "acme",
                TaskKind.LEGAL_RESEARCH, null, VENDORS, ReportViewer.firm("ann")));
        assertThat(march.rows()).extracting(Report.Row::vendorId).containsOnly("acme");
        assertThat(march.rows()).extracting(Report.Row::kind).containsOnly(TaskKind.LEGAL_RESEARCH, null);
        // weeks 8-12 (2, 9, 16, 23, 30 March); a week's 20 tasks share i's parity: weeks 9 and 11 are research
        assertThat(march.total().requested()).isEqualTo(40);
        assertThat(march.packages()).singleElement().satisfies(p -> assertThat(p.period()).isEqualTo("2026-03"));
    }

    @Test
    void cancelledAndDeclinedCountInVolumeNotInTurnaround() {
        Report report = year(Granularity.MONTH);
        Figures f = report.total();
        assertThat(f.turnaroundTasks()).isEqualTo(f.delivered());
        assertThat(f.requested()).isEqualTo(f.delivered() + f.declined() + f.cancelled() + f.open());
    }

    private static Figures row(Report report, String vendor, TaskKind kind, String period) {
        return report.rows().stream().filter(r -> r.vendorId().equals(vendor) && r.kind() == kind
                && r.period().equals(period)).findFirst().orElseThrow(() -> new AssertionError(vendor + " " + kind + " " + period)).figures();
    }

    private static Map<String, Report.PackageUse> packages(Report report, String vendor) {
        Map<String, Report.PackageUse> map = new TreeMap<>();
        report.packages().stream().filter(p -> p.vendorId().equals(vendor)).forEach(p -> map.put(p.period(), p));
        return map;
    }

    @Test
    void monthsOfTheYearAreTheFirmsCalendarMonths() {
        assertThat(Granularity.MONTH.period(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12");
        assertThat(Granularity.QUARTER.period(LocalDate.of(2026, 4, 1))).isEqualTo("2026Q2");
        assertThat(Granularity.QUARTER.period(LocalDate.of(2026, 3, 31))).isEqualTo("2026Q1");
        assertThat(YearMonth.of(2026, 1).toString()).isEqualTo(Granularity.MONTH.period(LocalDate.of(2026, 1, 1)));
        assertThat(List.of(Granularity.values())).hasSize(2);
    }
}
