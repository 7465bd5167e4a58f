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
            assertThatCode(() -> rules.checkIssue("notice.pdf", kind, 1, List.of())).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> rules.checkIssue("i797c.pdf", "RECEIPT", 1, List.of()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Issues are recorded on a notice that asks for evidence or a reply (RFE, NOID, NOIR, NOIT); "
                        + "\"i797c.pdf\" is a notice of kind RECEIPT.")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UserRefusal) e).refusalKind().httpStatus()).isEqualTo(422));
        assertThatThrownBy(() -> rules.checkIssue("scan.pdf", null, 1, List.of())).hasMessageEndingWith("is a notice of kind none.");
        org.assertj.core.api.Assertions.assertThat(List.of("RFE", "NOID", "NOIR", "NOIT", "RECEIPT", "APPROVAL"))
                .filteredOn(RfeIssueRules::asks).containsExactly("RFE", "NOID", "NOIR", "NOIT");
        org.assertj.core.api.Assertions.assertThat(RfeIssueRules.asks(null)).isFalse();
    }

    @Test
    void eachNumberOnceFromOne() {
        assertThatCode(() -> rules.checkIssue("rfe.pdf", "RFE", 3, List.of(1, 2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 2, List.of(1, 2)))
                .hasMessage("\"rfe.pdf\" already has an issue 2: give the new issue the next number, or edit the existing one.");
        assertThatThrownBy(() -> rules.checkIssue("rfe.pdf", "RFE", 0, List.of()))
                .hasMessage("Issue number 0 on \"rfe.pdf\" is not valid: issues are numbered from 1, as the notice lists them.");
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
