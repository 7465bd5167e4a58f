package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.KOLKATA;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class VendorVettingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Vendor checkedOn(LocalDate dueDiligence, LocalDate conflicts) {
        return new Vendor("acme", "Acme", "IN", KOLKATA, dueDiligence, conflicts);
    }

    @Test
    void aVendorWithRecentChecksIsEngageable() {
        Engageability e = VendorVetting.defaults().assess(checkedOn(LocalDate.of(2025, 6, 1), TODAY), TODAY);
        assertThat(e.engageable()).isTrue();
        assertThat(e.issues()).isEmpty();
        assertThat(e.reason()).isEmpty();
    }

    @Test
    void missingChecksMakeItNotEngageableWithBothReasons() {
        Engageability e = VendorVetting.defaults().assess(checkedOn(null, null), TODAY);
        assertThat(e.engageable()).isFalse();
        assertThat(e.issues()).extracting(VettingIssue::problem)
                .containsExactly(VettingProblem.DUE_DILIGENCE_MISSING, VettingProblem.CONFLICTS_CHECK_MISSING);
        assertThat(e.reason()).isEqualTo("Vendor \"acme\" has no due diligence on record.; "
                + "Vendor \"acme\" has no conflicts check on record.");
    }

    @Test
    void aCheckIsValidThroughItsLastDayAndExpiresTheDayAfter() {
        VendorVetting vetting = VendorVetting.defaults();
        LocalDate lastValid = LocalDate.of(2025, 3, 10);
        assertThat(vetting.assess(checkedOn(lastValid, lastValid), TODAY).engageable()).isTrue();

        LocalDate tooOld = LocalDate.of(2025, 3, 9);
        Engageability e = vetting.assess(checkedOn(tooOld, TODAY), TODAY);
        assertThat(e.issues()).extracting(VettingIssue::problem).containsExactly(VettingProblem.DUE_DILIGENCE_EXPIRED);
        assertThat(e.reason()).isEqualTo("Due diligence on vendor \"acme\" dates from 2025-03-09, older than the"
                + " maximum of P12M: it expired after 2026-03-09.");
    }

    @Test
    void theMaximumAgesAreConfigurable() {
        VendorVetting strict = new VendorVetting(Period.ofMonths(12), Period.ofDays(30));
        Engageability e = strict.assess(checkedOn(TODAY, LocalDate.of(2026, 2, 1)), TODAY);
        assertThat(e.issues()).extracting(VettingIssue::problem).containsExactly(VettingProblem.CONFLICTS_CHECK_EXPIRED);
        assertThat(e.reason()).contains("The conflicts check on vendor \"acme\" dates from 2026-02-01");
        assertThat(strict.assess(checkedOn(TODAY, LocalDate.of(2026, 2, 8)), TODAY).engageable()).isTrue();
    }

    @Test
    void aCheckDatedInTheFutureIsNotAccepted() {
        Engageability e = VendorVetting.defaults().assess(checkedOn(TODAY.plusDays(1), TODAY.plusDays(2)), TODAY);
        assertThat(e.issues()).extracting(VettingIssue::problem)
                .containsExactly(VettingProblem.DUE_DILIGENCE_IN_FUTURE, VettingProblem.CONFLICTS_CHECK_IN_FUTURE);
        assertThat(e.issues().get(0).message())
                .isEqualTo("Due diligence on vendor \"acme\" is dated 2026-03-11, after today (2026-03-10).");
    }

    @Test
    void aNonPositiveMaximumAgeIsRejected() {
        assertThatThrownBy(() -> new VendorVetting(Period.ZERO, Period.ofMonths(1)))
                .hasMessage("The maximum age of due diligence must be a positive period, but is P0D.");
        assertThatThrownBy(() -> new VendorVetting(Period.ofMonths(1), Period.ofDays(-1)))
                .hasMessage("The maximum age of a conflicts check must be a positive period, but is P-1D.");
    }
}
