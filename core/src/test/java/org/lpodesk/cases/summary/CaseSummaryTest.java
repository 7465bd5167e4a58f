package org.lpodesk.cases.summary;

import org.lpodesk.deadline.Urgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalState;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReviewOutcome;

class CaseSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Labels as the repository's bundles and directory would give them, for the values these tests use. */
    private static final SummaryLabels LABELS = new SummaryLabels() {
        @Override
        public String listValue(String constraint, String value) {
            return constraint + "/" + value;
        }

        @Override
        public String person(String userName) {
            return Map.of("attorney1", "Alice Attorney", "assoc1", "Sam Associate").getOrDefault(userName, userName);
        }

        @Override
        public String type(String prefixedTypeName) {
            return "type " + prefixedTypeName;
        }

        @Override
        public String vendor(String vendorId) {
            return "Vendor " + vendorId;
        }
    };

    private final CaseSummary summary = new CaseSummary(new ApprovalPolicy());

    private static CaseSummary.CaseFacts facts(String status) {
        return new CaseSummary.CaseFacts("workspace://SpacesStore/c1", "IMM-2026-00001", "EB1A", status,
                "Ana Silva", "Acme Corp", "ORGANIZATION", "EAC2190012345", "A012345678", "attorney1",
                Optional.of(LocalDate.of(2025, 12, 1)), Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 10)), "RFE dated 2026-01-09: 87 days", "lpodesk-demo-firm",
                "/Acme Corp/IMM-2026-00001", Optional.of(new CaseSummary.ClientRef("workspace://SpacesStore/k1", "Acme Corp")));
    }

    private static CaseSummary.Contents contents(List<CaseSummary.DatedDeadline> deadlines) {
        return new CaseSummary.Contents(deadlines, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void urgencyIsOverdueBeforeTodaySoonWithinTwoWeeksAndAnsweredWins() {
        assertThat(Urgency.of(TODAY.minusDays(1), false, TODAY)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(TODAY, false, TODAY)).isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(TODAY.plusDays(14), false, TODAY)).isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(TODAY.plusDays(15), false, TODAY)).isEqualTo(Urgency.LATER);
        assertThat(Urgency.of(TODAY.minusDays(30), true, TODAY)).isEqualTo(Urgency.ANSWERED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void headerCarriesLabelsAndTheStatusesTheCaseMayMoveTo() {
        Map<String, Object> json = summary.toJson(facts("FILED"), contents(List.of()), LABELS, TODAY);
        assertThat(json).containsEntry("caseTypeLabel", "imm:caseTypes/EB1A")
                .containsEntry("statusLabel", "imm:caseStatuses/FILED").containsEntry("aNumber", "A012345678")
                .containsEntry("site", "lpodesk-demo-firm");
        List<Map<String, Object>> next = (List<Map<String, Object>>) json.get("nextStatuses");
        assertThat(next).extracting(n -> n.get("status"))
                .containsExactly("RFE_NOID_RECEIVED", "APPROVED", "DENIED", "WITHDRAWN");
        assertThat(next.get(1)).containsEntry("label", "imm:caseStatuses/APPROVED");
        Map<String, Object> parties = (Map<String, Object>) json.get("parties");
        assertThat(parties).containsEntry("responsibleAttorneyName", "Alice Attorney")
                .containsEntry("petitionerKindLabel", "imm:partyKinds/ORGANIZATION");
        Map<String, Object> caseDeadline = ((Optional<Map<String, Object>>) json.get("caseDeadline")).orElseThrow();
        assertThat(caseDeadline).containsEntry("daysLeft", 8L).containsEntry("urgency", Urgency.SOON);
    }

    @Test
    void aClosedOrUnknownOrMissingStatusHasNoNextStatus() {
        assertThat(CaseSummary.nextStatuses("CLOSED")).isEmpty();
        assertThat(CaseSummary.nextStatuses("NO_SUCH_STATUS")).isEmpty();
        assertThat(CaseSummary.nextStatuses(null)).isEmpty();
        assertThat(CaseSummary.nextStatuses("INTAKE"))
                .containsExactly(CaseStatus.DOCUMENT_COLLECTION, CaseStatus.DRAFTING, CaseStatus.WITHDRAWN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void absentValuesAreNullNotBlank() {
        CaseSummary.CaseFacts bare = new CaseSummary.CaseFacts("workspace://SpacesStore/c2", "", "", "", "", "", "",
                "", "", "", null, null, null, null, "", null, null, null);
        Map<String, Object> json = summary.toJson(bare, contents(null), LABELS, TODAY);
        assertThat(json).containsEntry("caseNumber", null).containsEntry("statusLabel", null)
                .containsEntry("caseTypeLabel", null).containsEntry("aNumber", null).containsEntry("site", null)
                .containsEntry("caseDeadline", Optional.empty()).containsEntry("client", Optional.empty());
        assertThat((List<?>) json.get("nextStatuses")).isEmpty();
        Map<String, Object> parties = (Map<String, Object>) json.get("parties");
        assertThat(parties).containsEntry("responsibleAttorney", null).containsEntry("responsibleAttorneyName", null);
        assertThat((List<?>) json.get("deadlines")).isEmpty();
        assertThat(json.get("documentsReadyToFile")).isEqualTo(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deadlinesAreSortedByDateAndAnsweredOnesAreNeverOverdue() {
        Map<String, Object> json = summary.toJson(facts("RFE_NOID_RECEIVED"), contents(List.of(
                new CaseSummary.DatedDeadline(LocalDate.of(2026, 4, 20), "RFE", "rfe"),
                new CaseSummary.DatedDeadline(LocalDate.of(2026, 2, 27), "Vendor due", null),
                new CaseSummary.DatedDeadline(LocalDate.of(2026, 1, 9), "NOID", "noid", true))), LABELS, TODAY);
        List<Map<String, Object>> deadlines = (List<Map<String, Object>>) json.get("deadlines");
        assertThat(deadlines).extracting(d -> d.get("label")).containsExactly("NOID", "Vendor due", "RFE");
        assertThat(deadlines.get(0)).containsEntry("overdue", false).containsEntry("answered", true)
                .containsEntry("urgency", Urgency.ANSWERED);
        assertThat(deadlines.get(1)).containsEntry("overdue", true).containsEntry("daysLeft", -3L)
                .containsEntry("urgency", Urgency.OVERDUE).containsEntry("rule", null);
        assertThat(deadlines.get(2)).containsEntry("urgency", Urgency.LATER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void noticesNewestFirstWithTheirUrgency() {
        CaseSummary.Notice receipt = new CaseSummary.Notice("n1", "receipt.pdf", "RECEIPT",
                Optional.of(LocalDate.of(2025, 11, 2)), Optional.of(LocalDate.of(2025, 11, 5)), "MAIL",
                "EAC2190012345", Optional.empty(), false);
        CaseSummary.Notice rfe = new CaseSummary.Notice("n2", "rfe.pdf", "RFE", Optional.of(LocalDate.of(2026, 1, 9)),
                null, "MAIL", "EAC2190012345", Optional.of(LocalDate.of(2026, 3, 10)), false);
        CaseSummary.Notice undated = new CaseSummary.Notice("n3", "scan.pdf", "TRANSFER", Optional.empty(),
                Optional.empty(), "", "", Optional.empty(), false);
        Map<String, Object> json = summary.toJson(facts("RFE_NOID_RECEIVED"), new CaseSummary.Contents(List.of(),
                List.of(undated, receipt, rfe), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                LABELS, TODAY);
        List<Map<String, Object>> notices = (List<Map<String, Object>>) json.get("notices");
        assertThat(notices).extracting(n -> n.get("nodeRef")).containsExactly("n2", "n1", "n3");
        assertThat(notices.get(0)).containsEntry("urgency", Optional.of(Urgency.SOON))
                .containsEntry("kindLabel", "imm:noticeKinds/RFE").containsEntry("receivedOn", Optional.empty());
        // the days left are counted by the repository, as for every other deadline (Share only shows them)
        assertThat(notices.get(0)).containsEntry("daysLeft", Optional.of(java.time.temporal.ChronoUnit.DAYS.between(TODAY,
                LocalDate.of(2026, 3, 10))));
        assertThat(notices.get(1)).containsEntry("urgency", Optional.empty()).containsEntry("daysLeft", Optional.empty());
        assertThat(notices.get(2)).containsEntry("serviceMethod", null).containsEntry("serviceMethodLabel", null);
        assertThat(notices.get(0)).containsEntry("asks", true).containsEntry("issues", List.of())
                .containsEntry("issuesUnanswered", 0L);
        assertThat(notices.get(1)).containsEntry("asks", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anRfeListsItsIssuesInTheNoticesNumberingWithWhatAnswersThem() {
        CaseSummary.Issue second = new CaseSummary.Issue("i2", new org.lpodesk.evidence.rfe.RfeIssue(2,
                "Beneficiary's original contributions of major significance", "", "", List.of()));
        CaseSummary.Issue first = new CaseSummary.Issue("i1", new org.lpodesk.evidence.rfe.RfeIssue(1,
                "Ability to pay the proffered wage", "Tax returns for 2025", "IRS transcripts, audited statements",
                List.of("Exhibit 14 - 2025 Form 1120.pdf")));
        CaseSummary.Notice rfe = new CaseSummary.Notice("n2", "rfe.pdf", "RFE", Optional.of(LocalDate.of(2026, 1, 9)),
                null, "MAIL", "EAC2190012345", Optional.of(LocalDate.of(2026, 3, 10)), false, List.of(second, first));
        Map<String, Object> json = summary.toJson(facts("RFE_NOID_RECEIVED"), new CaseSummary.Contents(List.of(),
                List.of(rfe), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), LABELS, TODAY);
        Map<String, Object> notice = ((List<Map<String, Object>>) json.get("notices")).get(0);
        List<Map<String, Object>> issues = (List<Map<String, Object>>) notice.get("issues");
        assertThat(issues).extracting(i -> i.get("number")).containsExactly(1, 2);
        assertThat(issues.get(0)).containsEntry("nodeRef", "i1").containsEntry("answered", true)
                .containsEntry("exhibits", List.of("Exhibit 14 - 2025 Form 1120.pdf"))
                .containsEntry("missingEvidence", "Tax returns for 2025");
        assertThat(issues.get(1)).containsEntry("answered", false).containsEntry("missingEvidence", null);
        assertThat(notice).containsEntry("issuesUnanswered", 1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void outsourcingOpenFirstThenPastNewestFirstWithStepLabels() {
        Instant t1 = Instant.parse("2026-01-10T10:00:00Z");
        Instant t2 = Instant.parse("2026-02-10T10:00:00Z");
        Instant t3 = Instant.parse("2026-02-20T10:00:00Z");
        CaseSummary.Outsourcing delivered = new CaseSummary.Outsourcing("activiti$1", false, "acme", "RFE_RESPONSE",
                Optional.empty(), "Delivered", Optional.of(LocalDate.of(2026, 1, 20)), new BigDecimal("6.5"), 1, t1,
                Optional.of(t2));
        CaseSummary.Outsourcing declined = new CaseSummary.Outsourcing("activiti$2", false, "acme", "ARTICLE",
                Optional.empty(), "Declined", Optional.empty(), BigDecimal.ZERO, 0, t3, Optional.of(t3));
        CaseSummary.Outsourcing drafting = new CaseSummary.Outsourcing("activiti$3", true, "acme", "EB1_PETITION",
                Optional.of(new CaseSummary.CurrentTask("activiti$77", "immwf:draftingTask", "assoc1")), null,
                Optional.of(LocalDate.of(2026, 3, 6)), new BigDecimal("2.0"), 2, t1, Optional.empty());
        CaseSummary.Outsourcing sharing = new CaseSummary.Outsourcing("activiti$4", true, "acme", "ARTICLE",
                Optional.empty(), null, Optional.empty(), null, 0, t2, Optional.empty());
        CaseSummary.Outsourcing deleted = new CaseSummary.Outsourcing("activiti$5", false, "acme", "ARTICLE",
                Optional.of(new CaseSummary.CurrentTask("activiti$99", "immwf:intakeTask", "mgr")), null,
                Optional.empty(), null, 0, t2, Optional.of(t3));
        Map<String, Object> json = summary.toJson(facts("DRAFTING"), new CaseSummary.Contents(List.of(), List.of(),
                List.of(delivered, declined, drafting, sharing, deleted), List.of(), List.of(), List.of(), List.of(),
                List.of()), LABELS, TODAY);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("outsourcing");
        assertThat(rows).extracting(r -> r.get("workflowInstanceId"))
                .containsExactly("activiti$4", "activiti$3", "activiti$2", "activiti$5", "activiti$1");
        assertThat(rows).extracting(r -> r.get("step"))
                .containsExactly("In progress", "Drafting", "Declined", "Cancelled", "Delivered");
        assertThat(rows.get(1)).containsEntry("taskId", "activiti$77").containsEntry("assigneeName", "Sam Associate")
                .containsEntry("revisionRound", 2).containsEntry("vendorName", "Vendor acme")
                .containsEntry("taskKindLabel", "immwf:taskKinds/EB1_PETITION");
        // an ended request links to no task, whatever was passed
        assertThat(rows.get(3)).containsEntry("taskId", null).containsEntry("assignee", null);
        assertThat(rows.get(4)).containsEntry("hours", new BigDecimal("6.5"))
                .containsEntry("ended", Optional.of(t2));
    }

    @Test
    void everyStepEventAndApprovalStateHasALabel() {
        for (OutsourcingStep step : OutsourcingStep.values()) {
            assertThat(step.label()).isNotBlank().doesNotContain("step.");
        }
        for (CaseEventKind kind : CaseEventKind.values()) {
            assertThat(kind.label()).isNotBlank();
        }
        for (ApprovalState state : ApprovalState.values()) {
            assertThat(CaseSummary.approvalStateLabel(state)).isNotBlank();
        }
        assertThat(OutsourcingStep.ofTaskType("immwf:firmReviewTask")).contains(OutsourcingStep.FIRM_REVIEW);
        assertThat(OutsourcingStep.ofTaskType("immwf:attorneyReviewTask")).isEmpty();
        assertThat(CaseSummary.vendorDueLabel("RFE response", "Acme LPO")).isEqualTo("Vendor due: RFE response (Acme LPO)");
    }

    @Test
    void auditPathsMapToEventKindsAndReadsAreLeftOut() {
        assertThat(CaseEventKind.ofAudit("approval", "voided: approval of version 1.0 voided by edit"))
                .contains(CaseEventKind.APPROVAL_VOIDED);
        assertThat(CaseEventKind.ofAudit("approval", "APPROVED version 1.0")).contains(CaseEventKind.APPROVAL);
        assertThat(CaseEventKind.ofAudit("filing", null)).contains(CaseEventKind.FILING);
        assertThat(CaseEventKind.ofAudit("lpoRead", "read")).isEmpty();
        assertThat(CaseEventKind.ofAudit(null, null)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void approvalsJudgedAgainstTheCurrentVersionAndVoidedOnesListed() {
        AttorneyApproval approvedV1 = new AttorneyApproval("attorney1", Instant.parse("2026-02-20T15:00:00Z"),
                ReviewOutcome.APPROVED, null, "1.0");
        CaseSummary.Contents contents = new CaseSummary.Contents(List.of(), List.of(), List.of(),
                List.of(new CaseSummary.WorkProduct("d1", "response.docx", "1.0", Optional.of(approvedV1)),
                        new CaseSummary.WorkProduct("d2", "cover.docx", "1.1", Optional.of(approvedV1)),
                        new CaseSummary.WorkProduct("d3", "exhibits.pdf", "1.0", Optional.empty())),
                List.of(new CaseSummary.VoidedApproval("d4", "letter.docx", "1.2", "attorney1", "1.1",
                        Optional.of(Instant.parse("2026-02-21T09:00:00Z")))),
                List.of(), List.of(), List.of());
        Map<String, Object> json = summary.toJson(facts("ATTORNEY_REVIEW"), contents, LABELS, TODAY);
        List<Map<String, Object>> approvals = (List<Map<String, Object>>) json.get("approvals");
        assertThat(approvals).extracting(a -> a.get("state")).containsExactly(ApprovalState.VALID,
                ApprovalState.VOIDED_BY_EDIT, ApprovalState.NONE, ApprovalState.VOIDED_BY_EDIT);
        assertThat(approvals.get(3)).containsEntry("approverName", "Alice Attorney")
                .containsEntry("approvedVersion", "1.1").containsEntry("currentVersion", "1.2");
        assertThat(approvals.get(2)).containsEntry("approver", null).containsEntry("approverName", null);
        assertThat(json.get("documentsReadyToFile")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tenNewestDocumentsTwentyNewestEventsAndFoldersByName() {
        List<CaseSummary.Document> documents = new ArrayList<>();
        List<CaseSummary.Event> events = new ArrayList<>();
        Instant base = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 30; i++) {
            documents.add(new CaseSummary.Document("doc" + i, "d" + i + ".pdf", i % 2 == 0 ? "Evidence" : "",
                    base.plusSeconds(3600L * i), "attorney1", "imm:evidence"));
            events.add(new CaseSummary.Event(base.plusSeconds(60L * i), "attorney1", CaseEventKind.FILING,
                    "doc" + i, "d" + i + ".pdf", "FILE version 1.0"));
        }
        CaseSummary.Contents contents = new CaseSummary.Contents(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new CaseSummary.FolderCount("notices", "f2", "/A/B/notices", 20),
                        new CaseSummary.FolderCount("Evidence", "f1", "/A/B/Evidence", 180),
                        new CaseSummary.FolderCount(NOTICES_FOLDER, "f3", "/A/B/" + NOTICES_FOLDER, 3)),
                documents, events);
        Map<String, Object> json = summary.toJson(facts("FILED"), contents, LABELS, TODAY);
        List<Map<String, Object>> latest = (List<Map<String, Object>>) json.get("latestDocuments");
        assertThat(latest).hasSize(CaseSummary.LATEST_DOCUMENTS);
        assertThat(latest.get(0)).containsEntry("nodeRef", "doc29").containsEntry("folder", null)
                .containsEntry("modifierName", "Alice Attorney").containsEntry("typeLabel", "type imm:evidence");
        assertThat(latest.get(1)).containsEntry("folder", "Evidence");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("events");
        assertThat(rows).hasSize(CaseSummary.EVENTS);
        assertThat(rows.get(0)).containsEntry("document", "d29.pdf").containsEntry("label", "Filed")
                .containsEntry("kind", CaseEventKind.FILING);
        assertThat((List<Map<String, Object>>) json.get("folders")).extracting(f -> f.get("name"))
                .containsExactly("Evidence", "notices", NOTICES_FOLDER);
        // the standard folders are recognised by name (Share's "Add notice" files into USCIS_NOTICES); others have none
        assertThat((List<Map<String, Object>>) json.get("folders")).extracting(f -> f.get("role"))
                .containsExactly("EVIDENCE", null, "USCIS_NOTICES");
    }

    /** The USCIS notices folder as the repository names it (CaseFolderBehaviour: the default locale). */
    private static final String NOTICES_FOLDER = CaseFolderTemplate.USCIS_NOTICES.folderName(Locale.getDefault());

    @Test
    void lpoUsersAreRefusedFirmUsersAndAdministratorsAreNot() {
        assertThatThrownBy(() -> CaseSummary.refuseVendorUsers(
                List.of("GROUP_EVERYONE", "GROUP_LPO_DEMO_LPO_MANAGERS"), false))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("firm");
        assertThatCode(() -> CaseSummary.refuseVendorUsers(List.of("GROUP_EVERYONE", "GROUP_IMM_PARALEGALS"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> CaseSummary.refuseVendorUsers(List.of("GROUP_LPO_ACME_MANAGERS"), true))
                .doesNotThrowAnyException();
    }
}
