package org.lpodesk.cases.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalState;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReviewOutcome;

class CaseSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    @SuppressWarnings("unchecked")
    void approvalsAreJudgedAgainstTheCurrentVersionAndDeadlinesSorted() {
        AttorneyApproval approvedV1 = new AttorneyApproval("attorney1", Instant.parse("2026-02-20T15:00:00Z"),
                ReviewOutcome.APPROVED, null, "1.0");
        CaseSummary.CaseFacts facts = new CaseSummary.CaseFacts("workspace://SpacesStore/c1", "IMM-2026-00001", "EB1A",
                "RFE_NOID_RECEIVED", "Ana Silva", "", "EAC2190012345", "attorney1", Optional.of(LocalDate.of(2026, 1, 5)));
        Map<String, Object> json = new CaseSummary(new ApprovalPolicy()).toJson(facts,
                List.of(new CaseSummary.DatedDeadline(LocalDate.of(2026, 4, 20), "RFE", "rfe"),
                        new CaseSummary.DatedDeadline(LocalDate.of(2026, 2, 27), "CASE_DEADLINE", ""),
                        new CaseSummary.DatedDeadline(LocalDate.of(2026, 1, 9), "NOID", "noid", true)),
                List.of(new CaseSummary.OpenTask("activiti$42", "acme", "RFE_RESPONSE",
                        Optional.of(Instant.parse("2026-03-20T22:00:00Z")), Instant.parse("2026-03-01T10:00:00Z"))),
                List.of(new CaseSummary.WorkProduct("workspace://SpacesStore/d1", "response.docx", "1.0",
                                Optional.of(approvedV1)),
                        new CaseSummary.WorkProduct("workspace://SpacesStore/d2", "cover.docx", "1.1",
                                Optional.of(approvedV1)),
                        new CaseSummary.WorkProduct("workspace://SpacesStore/d3", "exhibits.pdf", "1.0",
                                Optional.empty())), TODAY);
        List<Map<String, Object>> approvals = (List<Map<String, Object>>) json.get("approvals");
        assertThat(approvals).extracting(a -> a.get("state"))
                .containsExactly(ApprovalState.VALID, ApprovalState.VOIDED_BY_EDIT, ApprovalState.NONE);
        assertThat(json.get("documentsReadyToFile")).isEqualTo(1);
        List<Map<String, Object>> deadlines = (List<Map<String, Object>>) json.get("deadlines");
        // a past deadline that was answered is listed, never overdue
        assertThat(deadlines.get(0)).containsEntry("label", "NOID").containsEntry("overdue", false)
                .containsEntry("answered", true);
        assertThat(deadlines.get(1)).containsEntry("label", "CASE_DEADLINE").containsEntry("overdue", true)
                .containsEntry("answered", false).containsEntry("daysLeft", -3L);
        assertThat((List<?>) json.get("openOutsourcingTasks")).hasSize(1);
    }
}
