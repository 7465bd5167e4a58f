package org.lpodesk.outsourcing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;

/** The quarterly scorecard as printed: the report's own figures, and in the vendor's copy nothing of the firm's. */
class ScorecardPdfTest {

    private static final Set<String> VENDORS = Set.of("acme", "beta");
    private final GeneratedHistory history = new GeneratedHistory();
    private final OutsourcingReports reports = new OutsourcingReports(history, history.ledger, history.engagements(),
            GeneratedHistory.SETTINGS);
    private final ScorecardPdf pdf = new ScorecardPdf(GeneratedHistory.SETTINGS, Locale.ENGLISH);
    private final Quarter q1 = Quarter.parse("2026Q1");

    private Report report(Granularity granularity, ReportViewer viewer) {
        return reports.report(ReportQuery.of(q1.firstDay(), q1.lastDay(), "acme", null, granularity, VENDORS, viewer));
    }

    @Test
    void theFirmsScorecardPrintsTheReportsFiguresTheAttorneysAndEveryDefinition() throws IOException {
        Report byKind = report(Granularity.QUARTER, ReportViewer.firm("ann"));
        Report byMonth = report(Granularity.MONTH, ReportViewer.firm("ann"));
        String text = text(pdf.render("Acme Legal Services", q1, byKind, byMonth, LocalDate.of(2026, 4, 2)));

        assertThat(text).contains("Vendor scorecard: Acme Legal Services, 2026Q1").contains("2026-01-01")
                .contains("2026-03-31").contains("All kinds").contains("2026-01").contains("2026-02")
                .contains("Review buffer kept").contains("Firm attorneys' review load").contains("ann");
        Figures all = byKind.rows().stream().filter(r -> r.kind() == null).findFirst().orElseThrow().figures();
        assertThat(text).contains(Integer.toString(all.requested()))
                .contains(all.turnaroundMedianHours().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString())
                .contains("(" + all.late() + " late)");
        for (Indicator indicator : Indicator.values()) {
            // the first words of each definition: the printed sheet says what each figure means
            assertThat(text.replaceAll("\\s+", " ")).contains(indicator.definition(GeneratedHistory.SETTINGS)
                    .substring(0, 30));
        }
    }

    @Test
    void theVendorsOwnScorecardHasNoBufferNoAttorneyNoCase() throws IOException {
        ReportViewer vendor = ReportViewer.vendor("ravi", "acme");
        Report byKind = report(Granularity.QUARTER, vendor);
        Report byMonth = report(Granularity.MONTH, vendor);
        assertThat(byKind.vendorView()).isTrue();
        String text = text(pdf.render("Acme Legal Services", q1, byKind, byMonth, LocalDate.of(2026, 4, 2)));

        assertThat(text).contains("the vendor's own scorecard").contains("All kinds")
                .doesNotContain("Review buffer").doesNotContain("review load").doesNotContain("IMM-2026")
                .doesNotContain("ann").doesNotContain("beta");
    }

    @Test
    void aQuarterIsWrittenYearQNumber() {
        assertThat(Quarter.parse("2026Q3").firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Quarter.parse("2026-q4").lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Quarter.of(LocalDate.of(2026, 5, 31))).hasToString("2026Q2");
        for (String bad : new String[] {"2026Q5", "Q3 2026", "2026", "", null}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("write it as 2026Q3");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }
}
