package org.lpodesk.outsourcing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.KOLKATA;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;

class UsageRecordTest {

    private final Engagement engagement = TestEngagements.standard(TestEngagements.indiaVendor());

    private static Instant kolkata(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KOLKATA).toInstant();
    }

    @Test
    void closingAnHourlyTaskCopiesTheTermsAndCountsTheTurnaround() {
        Instant requested = kolkata("2026-03-06T10:00");
        Instant due = engagement.dueAt(TaskKind.RFE_RESPONSE, requested, BusinessCalendar.WEEKDAYS).toInstant();
        assertThat(due).isEqualTo(kolkata("2026-03-13T18:00"));
        UsageRecord r = UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, "wf-1", TaskKind.RFE_RESPONSE,
                new BigDecimal("2.5"), requested, due, kolkata("2026-03-12T12:00"));
        assertThat(r.vendorId()).isEqualTo("acme-lpo");
        assertThat(r.billingMode()).isEqualTo(BillingMode.HOURLY);
        assertThat(r.clientCharge()).isEqualTo(ClientCharge.FEE);
        assertThat(r.fee()).isEqualTo(Money.usd("0"));
        assertThat(r.cost()).isEqualTo(Money.usd("62.50"));
        assertThat(r.turnaroundBusinessDays()).isEqualTo(4);
        assertThat(r.onTime()).isTrue();
    }

    @Test
    void aFlatFeeTaskDeliveredAfterTheDueTimeIsLateEvenOnItsLastDay() {
        Instant requested = kolkata("2026-03-06T10:00");
        Instant due = engagement.dueAt(TaskKind.LEGAL_RESEARCH, requested, BusinessCalendar.WEEKDAYS).toInstant();
        UsageRecord r = UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, "wf-2", TaskKind.LEGAL_RESEARCH,
                new BigDecimal("6"), requested, due, kolkata("2026-03-11T19:00"));
        assertThat(r.fee()).isEqualTo(Money.usd("80.00"));
        assertThat(r.cost()).isEqualTo(Money.usd("80.00"));
        assertThat(r.clientCharge()).isEqualTo(ClientCharge.COST);
        assertThat(r.turnaroundBusinessDays()).isEqualTo(3);
        assertThat(r.onTime()).isFalse();
    }

    @Test
    void badRecordsAreRejectedNamingTheTask() {
        Instant requested = kolkata("2026-03-06T10:00");
        Instant due = kolkata("2026-03-13T18:00");
        assertThatThrownBy(() -> UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, "wf-3", TaskKind.RFE_RESPONSE,
                new BigDecimal("-1"), requested, due, due))
                .hasMessage("Usage record of task wf-3: hours must not be negative, but are -1.");
        assertThatThrownBy(() -> UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, "wf-3", TaskKind.RFE_RESPONSE,
                BigDecimal.ONE, requested, due, requested.minusSeconds(60)))
                .hasMessageStartingWith("Usage record of task wf-3: delivered 2026-03-06T04:29:00Z is before the request");
        assertThatThrownBy(() -> UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, " ", TaskKind.RFE_RESPONSE,
                BigDecimal.ONE, requested, due, due))
                .hasMessage("A usage record needs a task id.");
        assertThatThrownBy(() -> UsageRecord.close(engagement, BusinessCalendar.WEEKDAYS, "wf-3", TaskKind.NIW_PETITION,
                BigDecimal.ONE, requested, due, due))
                .hasMessage("Vendor \"acme-lpo\" is not engaged for NIW_PETITION.");
        assertThatThrownBy(() -> new UsageRecord("wf-4", "acme-lpo", TaskKind.RFE_RESPONSE, BillingMode.HOURLY,
                ClientCharge.FEE, BigDecimal.ONE, Money.usd("10"), Money.usd("25"), requested, due, due, 1))
                .hasMessage("Usage record of task wf-4: a task billed hourly has no flat fee, but the fee is 10.00 USD.");
        assertThatThrownBy(() -> new UsageRecord("wf-4", "acme-lpo", TaskKind.RFE_RESPONSE, BillingMode.HOURLY,
                ClientCharge.FEE, BigDecimal.ONE, Money.usd("0"), Money.usd("-25"), requested, due, due, 1))
                .hasMessage("Usage record of task wf-4: the cost must not be negative, but is -25.00 USD.");
    }
}
