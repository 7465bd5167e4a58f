package org.lpodesk.outsourcing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.outsourcing.usage.UsageFixtures.flat;
import static org.lpodesk.outsourcing.usage.UsageFixtures.hourly;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;

class MonthlyUsageCsvTest {

    private static final String HEADER = "vendor,month,kind,tasks,on_time,late,sla_compliance,"
            + "median_turnaround_business_days,hours,flat_fees,cost,currency,package_hours,package_hours_used,"
            + "package_hours_left,overage_hours,overage_amount,package_charge,total_charge\r\n";

    private final Engagement engagement = TestEngagements.standard(TestEngagements.indiaVendor());
    private final MonthlyUsageCsv csv = new MonthlyUsageCsv();

    @Test
    void aRowPerKindAndATotalsRow() {
        MonthlyUsage march = MonthlyUsage.of(engagement, YearMonth.of(2026, 3), List.of(
                hourly("t1", "acme-lpo", TaskKind.RFE_RESPONSE, "12.5", "312.50", "2026-03-03T10:00:00Z", true, 3),
                hourly("t2", "acme-lpo", TaskKind.EB1_PETITION, "20", "500.00", "2026-03-10T10:00:00Z", false, 6),
                hourly("t3", "acme-lpo", TaskKind.RFE_RESPONSE, "10.25", "256.25", "2026-03-20T10:00:00Z", true, 2),
                flat("t4", "acme-lpo", TaskKind.COVER_LETTER, "1.5", "150.00", "2026-03-12T10:00:00Z", true, 1),
                flat("t5", "acme-lpo", TaskKind.LEGAL_RESEARCH, "3", "80.00", "2026-03-25T10:00:00Z", true, 0),
                flat("t6", "acme-lpo", TaskKind.COVER_LETTER, "2", "150.00", "2026-04-01T03:00:00Z", false, 4)));
        assertThat(csv.render(march)).isEqualTo(HEADER
                + "acme-lpo,2026-03,EB1_PETITION,1,0,1,0.0000,6.0,20,0.00,500.00,USD,,,,,,,\r\n"
                + "acme-lpo,2026-03,RFE_RESPONSE,2,2,0,1.0000,2.5,22.75,0.00,568.75,USD,,,,,,,\r\n"
                + "acme-lpo,2026-03,LEGAL_RESEARCH,1,1,0,1.0000,0.0,3,80.00,80.00,USD,,,,,,,\r\n"
                + "acme-lpo,2026-03,COVER_LETTER,2,1,1,0.5000,2.5,3.5,300.00,300.00,USD,,,,,,,\r\n"
                + "acme-lpo,2026-03,ALL,6,4,2,0.6667,2.5,49.25,380.00,1448.75,USD,40,40,0,2.75,96.25,1000.00,1476.25\r\n");
    }

    @Test
    void anEmptyMonthHasOnlyTheTotalsRowWithBlankRatios() {
        MonthlyUsage may = MonthlyUsage.of(engagement, YearMonth.of(2026, 5), List.of());
        assertThat(csv.render(may)).isEqualTo(HEADER
                + "acme-lpo,2026-05,ALL,0,0,0,,,0,0.00,0.00,USD,40,0,40,0,0.00,1000.00,1000.00\r\n");
    }

    @Test
    void cellsWithSeparatorsAreQuotedAndFormulasDefused() {
        assertThat(MonthlyUsageCsv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(MonthlyUsageCsv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MonthlyUsageCsv.escape("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(MonthlyUsageCsv.escape("-1.5")).isEqualTo("-1.5");
    }
}
