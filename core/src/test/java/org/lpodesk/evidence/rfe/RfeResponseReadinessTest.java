package org.lpodesk.evidence.rfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.UserRefusal;

class RfeResponseReadinessTest {

    private final RfeResponseReadiness readiness = new RfeResponseReadiness();
    private final RfeIssue prizes = new RfeIssue(1, "Lesser nationally recognized prizes", "Criteria and renown of the award",
            "Judging criteria, number of entrants", List.of("Exhibit 12 - award criteria.pdf"));
    private final RfeIssue judging = new RfeIssue(2, "Judging the work of others", "Evidence of actual participation", "", List.of());
    private final RfeIssue salary = new RfeIssue(3, "High salary", "Comparison with others in the field", "", List.of());

    @Test
    void aResponseAnsweringEveryIssueMayGoOut() {
        RfeIssue answered = new RfeIssue(2, "Judging the work of others", "", "", List.of("Exhibit 13.pdf", "Exhibit 14.pdf"));
        assertThatCode(() -> readiness.check("RFE response.pdf", List.of(prizes, answered), PartialResponse.NONE)).doesNotThrowAnyException();
        assertThatCode(() -> readiness.check("RFE response.pdf", List.of(), PartialResponse.NONE)).doesNotThrowAnyException();
    }

    @Test
    void anUnansweredIssueHoldsTheResponseBackNamingEveryOne() {
        assertThatThrownBy(() -> readiness.check("RFE response.pdf", List.of(salary, prizes, judging), PartialResponse.NONE))
                .isInstanceOf(RfeResponseRefusedException.class)
                .hasMessage("\"RFE response.pdf\" cannot be filed: 2 issues of the RFE have no exhibit: issue 2 (\"Judging the work of others\"); "
                        + "issue 3 (\"High salary\"). Link an exhibit to each issue, or have an attorney record a partial response with its reason.")
                .satisfies(e -> assertThat(((UserRefusal) e).refusalKind()).isEqualTo(UserRefusal.Kind.CONFLICT));
        assertThatThrownBy(() -> readiness.check("R.pdf", List.of(prizes, judging), PartialResponse.NONE))
                .hasMessageContaining("1 issue of the RFE has no exhibit: issue 2");
    }

    @Test
    void aPartialResponseGoesOutOnlyWithItsReasonAndAttorney() {
        assertThatCode(() -> readiness.check("R.pdf", List.of(judging),
                new PartialResponse(true, "No evidence of judging exists; request a decision on the record", "demo.attorney")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> readiness.check("R.pdf", List.of(judging), new PartialResponse(true, " ", "demo.attorney")))
                .hasMessageStartingWith("\"R.pdf\" is marked a partial response but gives no reason");
        assertThatThrownBy(() -> readiness.check("R.pdf", List.of(judging), new PartialResponse(true, "Reason", null)))
                .hasMessage("\"R.pdf\" is marked a partial response without the attorney who decided it.");
    }

    @Test
    void theVendorsDeliveryIsHeldToTheSameRuleAndAPartialResponseStillNeedsItsReason() {
        assertThatThrownBy(() -> readiness.checkDelivery("IMM-2026-00014", List.of(prizes, judging), PartialResponse.NONE))
                .isInstanceOf(RfeResponseRefusedException.class)
                .hasMessageStartingWith("The RFE response of case IMM-2026-00014 cannot go to the firm: 1 issue of the RFE has no exhibit")
                .hasMessageContaining("ask the firm's attorney");
        assertThatThrownBy(() -> readiness.checkDelivery("IMM-2026-00014", List.of(judging),
                new PartialResponse(true, " ", "demo.attorney")))
                .isInstanceOf(RfeResponseRefusedException.class).hasMessageContaining("gives no reason");
    }

    @Test
    void theTaskListsEachIssueWithWhatIsMissingAndItsExhibitsInNumberOrder() {
        RfeIssue answered = new RfeIssue(1, "Judging the work of others", "Invitations to review", "", List.of("Exhibit 13.pdf"));
        RfeIssue open = new RfeIssue(2, "Original contributions", "", "", List.of());
        assertThat(readiness.describe(List.of(open, answered), java.util.Locale.US)).containsExactly(
                "Issue 1: Judging the work of others. Missing: Invitations to review. Answered by: Exhibit 13.pdf.",
                "Issue 2: Original contributions. Missing: \u2014. No exhibit yet.");
    }
}
