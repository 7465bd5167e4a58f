package org.lpodesk.outsourcing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.outsourcing.usage.UsageFixtures.flat;
import static org.lpodesk.outsourcing.usage.UsageFixtures.hourly;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;

/**
 * The standard engagement: 40 package hours at 25.00, overage 35.00, firm in New York. March 2026
 * holds six tasks of acme-lpo (t1..t6); t6 is delivered 2026-04-01T03:00Z, which is still 31 March
 * in New York; t7 (28 February in New York) and t9 (1 April in New York) fall outside, and t8
 * belongs to another vendor.
 */
class MonthlyUsageTest {

    private static final String V = "acme-lpo";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final Engagement engagement = TestEngagements.standard(TestEngagements.indiaVendor());
    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();

    @BeforeEach
    void recordMarch() {
        List.of(
                hourly("t1", V, TaskKind.RFE_RESPONSE, "12.5", "312.50", "2026-03-03T10:00:00Z", true, 3),
                hourly("t2", V, TaskKind.EB1_PETITION, "20", "500.00", "2026-03-10T10:00:00Z", false, 6),
                hourly("t3", V, TaskKind.RFE_RESPONSE, "10.25", "256.25", "2026-03-20T10:00:00Z", true, 2),
                flat("t4", V, TaskKind.COVER_LETTER, "1.5", "150.00", "2026-03-12T10:00:00Z", true, 1),
                flat("t5", V, TaskKind.LEGAL_RESEARCH, "3", "80.00", "2026-03-25T10:00:00Z", true, 0),
                flat("t6", V, TaskKind.COVER_LETTER, "2", "150.00", "2026-04-01T03:00:00Z", false, 4),
                hourly("t7", V, TaskKind.RFE_RESPONSE, "5", "125.00", "2026-03-01T04:30:00Z", true, 1),
                hourly("t8", "other-lpo", TaskKind.RFE_RESPONSE, "5", "125.00", "2026-03-15T10:00:00Z", true, 1),
                hourly("t9", V, TaskKind.RFE_RESPONSE, "7", "175.00", "2026-04-01T04:00:00Z", true, 1))
                .forEach(ledger::record);
    }

    @Test
    void hoursAboveThePackageAreOverage() {
        MonthlyUsage m = ledger.monthly(engagement, MARCH);
        // hourly: 12.5 + 20 + 10.25 = 42.75 → 40 used, 0 left, 2.75 over × 35.00 = 96.25
        assertThat(m.hourlyHours()).isEqualByComparingTo("42.75");
        assertThat(m.packageHours()).isEqualByComparingTo("40");
        assertThat(m.packageHoursUsed()).isEqualByComparingTo("40");
        assertThat(m.packageHoursLeft()).isEqualByComparingTo("0");
        assertThat(m.overageHours()).isEqualByComparingTo("2.75");
        assertThat(m.overageAmount()).isEqualTo(Money.usd("96.25"));
        assertThat(m.packageCharge()).isEqualTo(Money.usd("1000.00"));
        // flat: 150 + 80 + 150
        assertThat(m.flatFeeTotal()).isEqualTo(Money.usd("380.00"));
        assertThat(m.totalCharge()).isEqualTo(Money.usd("1476.25"));
    }

    @Test
    void slaComplianceAndMedianTurnaround() {
        MonthlyUsage m = ledger.monthly(engagement, MARCH);
        assertThat(m.tasks()).isEqualTo(6);
        assertThat(m.onTime()).isEqualTo(4);
        assertThat(m.late()).isEqualTo(2);
        assertThat(m.slaCompliance()).isEqualByComparingTo("0.6667");
        // turnarounds 3, 6, 2, 1, 0, 4 → sorted 0 1 2 3 4 6 → (2 + 3) / 2
        assertThat(m.medianTurnaroundBusinessDays()).isEqualByComparingTo("2.5");
    }

    @Test
    void countsPerKindInCatalogueOrder() {
        MonthlyUsage m = ledger.monthly(engagement, MARCH);
        assertThat(m.perKind().keySet()).containsExactly(TaskKind.EB1_PETITION, TaskKind.RFE_RESPONSE,
                TaskKind.LEGAL_RESEARCH, TaskKind.COVER_LETTER);
        KindUsage rfe = m.perKind().get(TaskKind.RFE_RESPONSE);
        assertThat(rfe.tasks()).isEqualTo(2);
        assertThat(rfe.hours()).isEqualByComparingTo("22.75");
        assertThat(rfe.cost()).isEqualTo(Money.usd("568.75"));
        assertThat(rfe.medianTurnaroundBusinessDays()).isEqualByComparingTo("2.5");
        KindUsage letters = m.perKind().get(TaskKind.COVER_LETTER);
        assertThat(letters.tasks()).isEqualTo(2);
        assertThat(letters.onTime()).isEqualTo(1);
        assertThat(letters.late()).isEqualTo(1);
        assertThat(letters.flatFees()).isEqualTo(Money.usd("300.00"));
    }

    @Test
    void theMonthIsTheFirmsCalendarMonth() {
        assertThat(ledger.monthly(engagement, YearMonth.of(2026, 2)).tasks()).isEqualTo(1);
        MonthlyUsage april = ledger.monthly(engagement, YearMonth.of(2026, 4));
        assertThat(april.tasks()).isEqualTo(1);
        assertThat(april.hourlyHours()).isEqualByComparingTo("7");
    }

    @Test
    void underThePackageHoursAreLeftAndThereIsNoOverage() {
        MonthlyUsage feb = ledger.monthly(engagement, YearMonth.of(2026, 2));
        assertThat(feb.packageHoursUsed()).isEqualByComparingTo("5");
        assertThat(feb.packageHoursLeft()).isEqualByComparingTo("35");
        assertThat(feb.overageHours()).isEqualByComparingTo("0");
        assertThat(feb.overageAmount()).isEqualTo(Money.usd("0"));
        assertThat(feb.totalCharge()).isEqualTo(Money.usd("1000.00"));
        assertThat(feb.medianTurnaroundBusinessDays()).isEqualByComparingTo("1");
    }

    @Test
    void anEmptyMonthStillOwesThePackageAndHasNoRatios() {
        MonthlyUsage may = ledger.monthly(engagement, YearMonth.of(2026, 5));
        assertThat(may.tasks()).isZero();
        assertThat(may.slaCompliance()).isNull();
        assertThat(may.medianTurnaroundBusinessDays()).isNull();
        assertThat(may.packageHoursLeft()).isEqualByComparingTo("40");
        assertThat(may.totalCharge()).isEqualTo(Money.usd("1000.00"));
        assertThat(may.perKind()).isEmpty();
    }

    @Test
    void anOddNumberOfTasksHasTheMiddleTurnaroundAsMedian() {
        ledger.record(hourly("t10", V, TaskKind.RFE_RESPONSE, "1", "25.00", "2026-03-30T10:00:00Z", true, 9));
        // 0 1 2 3 4 6 9 → 3
        assertThat(ledger.monthly(engagement, MARCH).medianTurnaroundBusinessDays()).isEqualByComparingTo("3");
    }

    @Test
    void withoutAPackageThereAreNoPackageFigures() {
        Engagement flatOnly = Engagement.builder(TestEngagements.indiaVendor(), TestEngagements.NEW_YORK)
                .kind(TaskKind.COVER_LETTER, 2, Billing.flatFee(Money.usd("150")), ClientCharge.FEE).build();
        MonthlyUsage m = MonthlyUsage.of(flatOnly, MARCH,
                List.of(flat("f1", V, TaskKind.COVER_LETTER, "4", "150.00", "2026-03-05T10:00:00Z", true, 2)));
        assertThat(m.packageHours()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(m.packageCharge()).isEqualTo(Money.usd("0"));
        assertThat(m.totalCharge()).isEqualTo(Money.usd("150.00"));
        assertThat(m.slaCompliance()).isEqualByComparingTo("1");
    }
}
