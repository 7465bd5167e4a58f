package org.lpodesk.evidence.rfe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.UserRefusal;

class RfeIssueRulesTest {

    private final RfeIssueRules rules = new RfeIssueRules();

    @Test
    void issuesAreRecordedOnNoticesThatAskForSomethingAndOnlyThose() {
        for (String kind : List.of("RFE", "NOID", "NOIR", "NOIT")) {
            assertThatCode(() -> rules.checkIssue("notice.pdf", kind, 1, "ability to pay", List.of())).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> rules.checkIssue("i797c.pdf", "RECEIPT", 1, "ability to pay", List.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Issues are recorded on a notice that asks for evidence or a reply (RFE, NOID, NOIR, NOIT); "
                        + "\"i797c.pdf\" is a notice of kind RECEIPT.")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UserRefusal) e).refusalKind().httpStatus()).isEqualTo(422));
        assertThatThrownBy(() -> rules.checkIssue("scan.pdf", null, 1, "ability to pay", List.of())).hasMessageEndingWith("is a notice of kind none.");
        org.assertj.core.api.Assertions.assertThat(List.of("RFE", "NOID", "NOIR", "NOIT", "RECEIPT", "APPROVAL"))
                .filteredOn(RfeIssueRules::asks).containsExactly("RFE", "NOID", "NOIR", "NOIT");
        org.assertj.core.api.Assertions.assertThat(RfeIssueRules.asks(null)).isFalse();
    }

    @Test
    void eachNumberOnceFromOne() {
        assertThatCode(() -> rules.checkIssue("rfe.pdf", "RFE", 3, "ability to pay", List.of(1, 2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 2, "ability to pay", List.of(1, 2)))
                .hasMessage("\"rfe.pdf\" already has an issue 2: give the new issue the next number, or edit the existing one.");
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 0, "ability to pay", List.of()))
                .hasMessage("Issue number 0 on \"rfe.pdf\" is not valid: issues are numbered from 1, as the notice lists them.");
    }

    @Test
    void anIssueSaysWhatUscisFoundUnmet() {
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 1, "  ", List.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Issue 1 on \"rfe.pdf\" needs its requirement: what USCIS says is not established, in the notice's words.");
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 2, null, List.of(1))).hasMessageStartingWith("Issue 2 on");
    }

    @Test
    void theRepositoryNumbersANewIssueAfterTheHighestTaken() {
        org.assertj.core.api.Assertions.assertThat(RfeIssueRules.nextNumber(List.of())).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(RfeIssueRules.nextNumber(List.of(1, 2))).isEqualTo(3);
        // a gap the paralegal left on purpose (issue 3 of the notice not entered yet) stays open
        org.assertj.core.api.Assertions.assertThat(RfeIssueRules.nextNumber(List.of(4, 1, 2))).isEqualTo(5);
    }

    @Test
    void anExhibitComesFromTheNoticesOwnCase() {
        assertThatCode(() -> rules.checkExhibit("Exhibit 12.pdf", Optional.of("case-1"), "case-1", 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkExhibit("Exhibit 12.pdf", Optional.of("case-2"), "case-1", 1))
                .hasMessage("\"Exhibit 12.pdf\" cannot answer issue 1: an exhibit must be a document of the same case as the notice.");
        assertThatThrownBy(() -> rules.checkExhibit("loose.pdf", Optional.empty(), "case-1", 4))
                .hasMessageStartingWith("\"loose.pdf\" cannot answer issue 4");
    }
}
