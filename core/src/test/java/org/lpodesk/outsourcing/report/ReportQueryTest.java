package org.lpodesk.outsourcing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.api.UserRefusal;
import org.lpodesk.outsourcing.TaskKind;

/** Bad input of the report query: each refusal is specific and is a 400 or a 403. */
class ReportQueryTest {

    private static final Set<String> VENDORS = Set.of("acme", "beta");

    private static ReportQuery parse(ReportViewer viewer, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return ReportQuery.parse(RequestArguments.of(values), VENDORS, viewer);
    }

    private static ReportQuery firm(String... pairs) {
        return parse(ReportViewer.firm("ann"), pairs);
    }

    @Test
    void aGoodQueryDefaultsToMonthsAndEveryVendor() {
        ReportQuery q = firm("from", "2026-01-01", "to", "2026-12-31");
        assertThat(q.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(q.vendorId()).isNull();
        assertThat(q.kind()).isNull();
        assertThat(q.audience()).isEqualTo(ReportQuery.Audience.FIRM);
        ReportQuery quarter = firm("from", "2026-01-01", "to", "2026-03-31", "vendor", "acme", "kind", "rfe_response",
                "granularity", "QUARTER");
        assertThat(quarter.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(quarter.kind()).isEqualTo(TaskKind.RFE_RESPONSE);
        assertThat(quarter.csvFileName("report")).isEqualTo("lpo-report-acme-2026-01-01-2026-03-31.csv");
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> firm("from", "2026-03-01", "to", "2026-02-28"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("The report cannot start on 2026-03-01 and end on 2026-02-28: 'from' must not be after 'to'.")
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("from"));
    }

    @Test
    void aRangeOfMoreThanThreeYearsIsRefusedAndThreeYearsAreNot() {
        assertThat(firm("from", "2024-01-01", "to", "2026-12-31").to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> firm("from", "2024-01-01", "to", "2027-01-01"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("The report from 2024-01-01 to 2027-01-01 spans more than 3 years; ask for at most 3 years at a time.");
    }

    @Test
    void anUnknownVendorIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> firm("from", "2026-01-01", "to", "2026-01-31", "vendor", "zeta"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("There is no vendor 'zeta'. Known vendors: acme, beta.");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheCatalogue() {
        assertThatThrownBy(() -> firm("from", "2026-01-01", "to", "2026-01-31", "kind", "POETRY"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("'POETRY' is not a task kind. Task kinds: EB1_PETITION, NIW_PETITION,")
                .hasMessageEndingWith("JOB_DESCRIPTION.");
    }

    @Test
    void aGranularityOtherThanMonthOrQuarterIsRefused() {
        assertThatThrownBy(() -> firm("from", "2026-01-01", "to", "2026-01-31", "granularity", "week"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("The granularity 'week' is not one of: month, quarter.");
    }

    @Test
    void malformedOrMissingDatesAreRefusedByTheApisRules() {
        assertThatThrownBy(() -> firm("from", "2026-13-01", "to", "2026-12-31"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> firm("from", "2026-01-01"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("to");
    }

    @Test
    void aVendorUserSeesItsOwnScorecardOnly() {
        ReportViewer beta = ReportViewer.vendor("bea", "beta");
        ReportQuery own = parse(beta, "from", "2026-01-01", "to", "2026-03-31");
        assertThat(own.vendorId()).as("no vendor asked: its own").isEqualTo("beta");
        assertThat(own.audience()).isEqualTo(ReportQuery.Audience.VENDOR);
        assertThat(parse(beta, "from", "2026-01-01", "to", "2026-03-31", "vendor", "beta").vendorId()).isEqualTo("beta");

        assertThatThrownBy(() -> parse(beta, "from", "2026-01-01", "to", "2026-03-31", "vendor", "acme"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("As a user of vendor 'beta' you can see only the scorecard of 'beta', not of 'acme'.")
                .satisfies(e -> assertThat(((UserRefusal) e).refusalKind().httpStatus()).isEqualTo(403));
        assertThatThrownBy(() -> parse(beta, "from", "2026-01-01", "to", "2026-03-31", "vendor", "zeta"))
                .as("a vendor user does not learn which other vendors exist").isInstanceOf(NotAllowedException.class);
    }

    @Test
    void someoneWhoIsNeitherFirmStaffNorAVendorSeesNoReport() {
        assertThatThrownBy(() -> parse(ReportViewer.none("paula"), "from", "2026-01-01", "to", "2026-03-31"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Reports are for the firm's administrators and attorneys, and for a vendor's own scorecard; "
                        + "paula may not see them.");
    }

    @Test
    void aBadRequestIsA400TypeRefusal() {
        assertThatThrownBy(() -> firm("from", "2026-03-01", "to", "2026-02-28"))
                .satisfies(e -> assertThat(((UserRefusal) e).refusalKind()).isEqualTo(UserRefusal.Kind.INVALID));
    }
}
