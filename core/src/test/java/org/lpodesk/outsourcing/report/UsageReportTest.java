package org.lpodesk.outsourcing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.usage.UsageRecord;

class UsageReportTest {

    @Test
    void queryReadsVendorMonthAndFormat() {
        VendorUsageQuery q = VendorUsageQuery.parse(RequestArguments.of(Map.of("vendorId", "acme", "month", "2026-03",
                "format", "csv")));
        assertThat(q).isEqualTo(new VendorUsageQuery("acme", YearMonth.of(2026, 3), VendorUsageQuery.Format.CSV));
        assertThat(q.csvFileName()).isEqualTo("lpo-usage-acme-2026-03.csv");
        assertThat(VendorUsageQuery.parse(RequestArguments.of(Map.of("vendorId", "acme", "month", "2026-03"))).format())
                .isEqualTo(VendorUsageQuery.Format.JSON);
        assertThatThrownBy(() -> VendorUsageQuery.parse(RequestArguments.of(Map.of("vendorId", "../etc", "month",
                "2026-03")))).hasMessageContaining("'../etc'");
        assertThatThrownBy(() -> VendorUsageQuery.parse(RequestArguments.of(Map.of("vendorId", "acme"))))
                .hasMessage("The argument 'month' is required.");
    }

    @Test
    void usageRecordsSurviveTheStoredForm() {
        UsageRecord r = new UsageRecord("task-1", "acme", TaskKind.RFE_RESPONSE, BillingMode.FLAT_FEE, ClientCharge.COST,
                new BigDecimal("6.5"), Money.usd("250.00"), Money.usd("250.00"), Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-09T18:00:00Z"), Instant.parse("2026-03-08T12:00:00Z"), 4);
        assertThat(UsageRecordCodec.fromMap(UsageRecordCodec.toMap(r))).isEqualTo(r);
        HashMap<String, String> damaged = UsageRecordCodec.toMap(r);
        damaged.put("kind", "PETITION");
        assertThatThrownBy(() -> UsageRecordCodec.fromMap(damaged)).hasMessageContaining("task-1")
                .hasMessageContaining("PETITION");
    }
}
