package org.lpodesk.outsourcing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.BusinessCalendar;

/** JSON and CSV of a report, the vendor's view without client data, the definitions and the firm's clock. */
class ReportRenderingTest {

    private static final Set<String> VENDORS = Set.of("acme", "beta");
    private final GeneratedHistory history = new GeneratedHistory();
    private final OutsourcingReports reports = new OutsourcingReports(history, history.ledger, history.engagements(),
            GeneratedHistory.SETTINGS);
    private final ReportJson json = new ReportJson(GeneratedHistory.SETTINGS);
    private final ReportCsv csv = new ReportCsv();

    private Report firmQ1() {
        return reports.report(ReportQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null,
                Granularity.QUARTER, VENDORS, ReportViewer.firm("ann")));
    }

    private Report betaScorecard() {
        return reports.report(ReportQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null,
                Granularity.QUARTER, VENDORS, ReportViewer.vendor("bea", "beta")));
    }

    @Test
    void theVendorViewOmitsClientsCasesAttorneysAndOtherVendors() {
        Report firm = firmQ1();
        assertThat(firm.cases()).isNotEmpty();
        assertThat(json.write(firm)).contains("\"caseNumber\":\"IMM-2026-").contains("\"attorney\":\"ann\"")
                .contains("acme").contains("bufferKept");

        Report beta = betaScorecard();
        assertThat(beta.vendorView()).isTrue();
        assertThat(beta.cases()).isEmpty();
        assertThat(beta.attorneys()).isEmpty();
        assertThat(beta.rows()).extracting(Report.Row::vendorId).containsOnly("beta");
        assertThat(beta.packages()).extracting(Report.PackageUse::vendorId).containsOnly("beta");
        assertThat(beta.total().bufferTasks()).isZero();
        assertThat(beta.total().bufferKeptRate()).isNull();
        assertThat(beta.total().cost()).as("its own cost, in its currency only").extracting(m -> m.currency().getCurrencyCode())
                .containsExactly("EUR");

        String body = json.write(beta);
        assertThat(body).doesNotContain("IMM-").doesNotContain("case-").doesNotContain("caseId")
                .doesNotContain("\"cases\"").doesNotContain("\"attorney").doesNotContain("ATTORNEY_REVIEW_LOAD").doesNotContain("ann").doesNotContain("alan")
                .doesNotContain("acme").doesNotContain("USD").doesNotContain("buffer").doesNotContain("REVIEW_BUFFER")
                .contains("\"view\":\"vendor\"").contains("\"vendor\":\"beta\"").contains("TURNAROUND");
        String table = csv.render(beta, ReportCsv.Table.INDICATORS);
        assertThat(table).startsWith(String.join(",", ReportCsv.VENDOR_COLUMNS) + "\r\n")
                .doesNotContain("buffer").doesNotContain("acme").doesNotContain("USD").doesNotContain("IMM-");
        assertThatThrownBy(() -> csv.render(beta, ReportCsv.Table.CASES)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> csv.render(beta, ReportCsv.Table.ATTORNEYS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void csvColumnsAreStableAndCurrenciesAreNeverAdded() {
        Report firm = firmQ1();
        String table = csv.render(firm, ReportCsv.Table.INDICATORS);
        String[] lines = table.split("\r\n");
        assertThat(lines[0]).isEqualTo("vendor,kind,period,requested,accepted,declined,delivered,cancelled,open,"
                + "turnaround_tasks,turnaround_median_business_hours,turnaround_p90_business_hours,sla_tasks,on_time,"
                + "late,sla_compliance,buffer_tasks,buffer_kept,buffer_kept_rate,first_pass,first_pass_rate,"
                + "reviewed_tasks,reworked_tasks,change_requests,rework_rate,mean_rework_rounds,closed_delivered,"
                + "hours_logged,hourly_hours,costed_tasks,currency,cost,cost_per_task");
        assertThat(lines[1]).startsWith("acme,ALL,2026Q1,");
        // the total spans USD and EUR: two rows, the second with only the cost columns
        String eur = lines[lines.length - 2];
        String usd = lines[lines.length - 1];
        assertThat(eur).startsWith("ALL,ALL,ALL,").contains(",EUR,");
        assertThat(usd).matches("ALL,ALL,ALL(,)+USD,[0-9.]+,[0-9.]+");
        assertThat(usd.split(",", -1)).hasSize(ReportCsv.FIRM_COLUMNS.size());
        assertThat(csv.render(firm, ReportCsv.Table.PACKAGES).split("\r\n")[0])
                .isEqualTo(String.join(",", ReportCsv.PACKAGE_COLUMNS));
        assertThat(csv.render(firm, ReportCsv.Table.CASES)).contains("case-7,IMM-2026-7,");
        assertThat(csv.render(firm, ReportCsv.Table.ATTORNEYS)).contains("\r\nann,");
        assertThat(json.write(firm)).contains("\"cost\":[{\"currency\":\"EUR\",\"amount\":")
                .contains("{\"currency\":\"USD\",\"amount\":");
    }

    @Test
    void everyIndicatorHasItsDefinitionWithTheFirmsSettings() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.definition(GeneratedHistory.SETTINGS)).as(i.name()).hasSizeGreaterThan(80).doesNotContain("{");
        }
        assertThat(Indicator.TURNAROUND.definition(GeneratedHistory.SETTINGS))
                .contains("between 09:00 and 17:00, America/New_York").contains("nearest-rank");
        assertThat(Indicator.REVIEW_BUFFER.definition(GeneratedHistory.SETTINGS)).contains("filing time of 2 firm business days");
        assertThat(Indicator.COST.definition(GeneratedHistory.SETTINGS)).contains("never added");
    }

    @Test
    void businessHoursSkipNightsWeekendsAndHolidaysAcrossDaylightSaving() {
        ReportSettings s = GeneratedHistory.SETTINGS;
        // Friday 16:00 to Monday 10:00 (DST starts on Sunday 8 March 2026): 1 h + 1 h
        Instant friday = GeneratedHistory.at(LocalDate.of(2026, 3, 6), 16);
        Instant monday = GeneratedHistory.at(LocalDate.of(2026, 3, 9), 10);
        assertThat(s.businessMinutes(friday, monday)).isEqualTo(120);
        assertThat(s.businessMinutes(monday, friday)).isZero();
        ReportSettings withHoliday = ReportSettings.defaults(GeneratedHistory.NEW_YORK,
                d -> BusinessCalendar.WEEKDAYS.isBusinessDay(d) && !d.equals(LocalDate.of(2026, 3, 9)));
        assertThat(withHoliday.businessMinutes(friday, monday)).isEqualTo(60);
        assertThat(s.sendBy(LocalDate.of(2026, 3, 10))).as("Tuesday less 2 business days").isEqualTo(LocalDate.of(2026, 3, 6));
        assertThatThrownBy(() -> new ReportSettings(GeneratedHistory.NEW_YORK, BusinessCalendar.WEEKDAYS,
                s.dayEnd(), s.dayStart(), 2)).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new ReportSettings(GeneratedHistory.NEW_YORK, BusinessCalendar.WEEKDAYS,
                s.dayStart(), s.dayEnd(), 31)).hasMessageContaining("0 to 30 firm business days, not 31");
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(Indicators.nearestRank(java.util.List.of(), 50)).isNull();
        assertThat(Indicators.nearestRank(java.util.List.of(7L), 90)).isEqualTo(7L);
        assertThat(Indicators.nearestRank(java.util.List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2L);
        assertThat(Indicators.nearestRank(java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
        assertThat(Indicators.nearestRank(java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), 90)).isEqualTo(10L);
    }

    @Test
    void everyMessageKeyThePackageUsesIsInItsBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(
                "src/main/resources/org/lpodesk/outsourcing/report/messages.properties"))) {
            bundle.load(in);
        }
        Pattern key = Pattern.compile("\"((?:indicator|query|history|settings)\\.[a-zA-Z.]+)\"");
        int keys = 0;
        try (var files = Files.list(Paths.get("src/main/java/org/lpodesk/outsourcing/report"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(bundle).as("%s uses %s", file.getFileName(), m.group(1)).containsKey(m.group(1));
                    keys++;
                }
            }
        }
        assertThat(keys).isGreaterThanOrEqualTo(19);
    }
}
