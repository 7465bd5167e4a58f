package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DocumentRef;

/** immOutsourcing on a real Activiti 5.23 engine (H2 in memory), every path a firm meets. */
class OutsourcingProcessTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.forFirm(firm);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void acceptedTaskIsDraftedReviewedApprovedDeliveredAndClosed() {
        String caseDoc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "resume.pdf", ConfidentialityLevel.CONFIDENTIAL);
        String pid = drive.start(drive.request(Firm.CASE_WITH_CONSENT, List.of(caseDoc)));

        var intake = drive.openTask(pid);
        assertThat(intake.getTaskDefinitionKey()).isEqualTo("intakeTask");
        // the manager reads which documents will travel, by name, before anything is shared
        assertThat(engine.tasks().getVariableLocal(intake.getId(), VAR_DOCUMENTS_TO_SHARE))
                .isEqualTo("resume.pdf");
        assertThat(engine.tasks().createTaskQuery().taskCandidateGroup(firm.acme.managersGroup()).count()).isEqualTo(1);
        assertThat(firm.repository.folderOf(pid)).as("nothing shared before the vendor accepts").isEmpty();
        // the vendor's tasks carry the case facts it may know (it cannot read the case folder): the
        // number and deadline the work is done under on the process, the rest read from the case
        java.time.LocalDate caseDeadline = firm.repository.deadline(Firm.CASE_WITH_CONSENT).orElseThrow();
        assertThat(engine.tasks().getVariable(intake.getId(), VAR_CASE_NUMBER)).isEqualTo("IMM-" + Firm.CASE_WITH_CONSENT);
        assertThat(engine.tasks().getVariable(intake.getId(), VAR_CASE_DEADLINE))
                .isEqualTo(org.lpodesk.dates.CalendarDates.toDate(caseDeadline));
        assertThat(drive.formFacts(pid)).containsEntry(VAR_BENEFICIARY_NAME, "Beneficiary of " + Firm.CASE_WITH_CONSENT)
                .containsEntry(VAR_CASE_TYPE, "H1B")
                .as("no drafting round yet: no hours, no AI statement").doesNotContainKeys(VAR_HOURS_LOGGED_TOTAL, VAR_AI_USED);

        drive.accept(pid);
        String folder = drive.folder(pid);
        assertThat(firm.repository.copyLog()).containsExactly(folder + ":" + caseDoc);
        assertThat(firm.repository.openGrants().get(folder)).containsOnlyKeys(Firm.ASSOCIATE,
                firm.acme.reviewersGroup(), firm.acme.managersGroup());
        assertThat(drive.openTask(pid).getAssignee()).isEqualTo(Firm.ASSOCIATE);
        // the associate's task lists the shared copy (the original is not theirs to read) and links the folder
        String drafting = drive.openTask(pid).getId();
        Object pkg = engine.tasks().getVariable(drafting, VAR_PACKAGE);
        List<String> copies = firm.repository.documentsIn(folder);
        assertThat(copies).hasSize(1).doesNotContain(caseDoc);
        assertThat(firm.repository.documents(pkg)).extracting(DocumentRef::id).containsExactlyElementsOf(copies);
        assertThat(engine.tasks().getVariable(drafting, VAR_ASSIGNMENT_FOLDER)).isEqualTo(folder);

        String draft = drive.draft(pid, "EB-1A petition, first draft");
        drive.complete(Firm.REVIEWER, pid, "lpoReviewTask",
                Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE, VAR_COMMENT, "Exhibit list checked"));
        assertThat(drive.openTask(pid).getTaskDefinitionKey()).isEqualTo("firmReviewTask");
        // the attorney sees the work so far, and the review is due when the filing must leave the firm
        String firmReview = drive.openTask(pid).getId();
        assertThat(engine.tasks().getVariable(firmReview, VAR_LPO_REVIEW_COMMENT)).isEqualTo("Exhibit list checked");
        assertThat(drive.formFacts(pid)).containsEntry(VAR_HOURS_LOGGED_TOTAL, 4.0).containsEntry(VAR_AI_USED, false);
        assertThat(engine.tasks().getVariable(firmReview, VAR_REVISION_ROUND)).isEqualTo(0);
        assertThat(drive.openTask(pid).getDueDate()).isEqualTo(org.lpodesk.dates.CalendarDates.toDate(
                org.lpodesk.deadline.HolidayCalendar.federal().minusBusinessDays(caseDeadline,
                        org.lpodesk.deadline.VendorDueDatePolicy.DEFAULT_FILING_BUSINESS_DAYS)));
        // the attorney's review lists the vendor's draft, not the firm's original nor the unchanged copy
        assertThat(firm.repository.documents(pkg)).extracting(DocumentRef::id).containsExactly(draft);
        assertThat(engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_ASSIGNMENT_FOLDER)).isEqualTo(folder);
        // the requesting paralegal may not hold the firm review; an attorney claims it
        String review0 = drive.openTask(pid).getId();
        assertThatThrownBy(() -> engine.tasks().claim(review0, Firm.PARALEGAL))
                .hasMessageContaining("Paula (paula) cannot take the task").hasMessageContaining("IMM_ATTORNEYS group");
        engine.tasks().claim(review0, Firm.ATTORNEY);
        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);

        var review = firm.repository.review(draft).orElseThrow();
        assertThat(review.approver()).isEqualTo(Firm.ATTORNEY);
        assertThat(review.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(review.approvedVersionLabel()).isEqualTo("1.0");

        engine.executeDueJobs();
        assertThat(drive.ended(pid)).isTrue();
        var delivered = firm.repository.docsIn(Firm.CASE_WITH_CONSENT).stream()
                .filter(d -> d.name.equals("petition.docx")).findFirst().orElseThrow();
        assertThat(delivered.current().content()).isEqualTo("EB-1A petition, first draft");
        assertThat(delivered.review.approvedVersionLabel()).isEqualTo(delivered.current().label());
        assertThat(delivered.review.approver()).isEqualTo(Firm.ATTORNEY);
        assertThat(firm.repository.openGrants()).as("nothing left shared").isEmpty();
        assertThat(firm.ledger.find(pid)).hasValueSatisfying(r -> {
            assertThat(r.vendorId()).isEqualTo("acme");
            assertThat(r.hours()).isEqualByComparingTo("4.0");
        });
        assertThat(firm.notifications.of(pid, Kind.DELIVERED)).hasSize(1);
        assertThat(firm.notifications.of(pid, Kind.CANCELLED)).isEmpty();
        // at history "full" every write is three rows: facts that did not change between tasks are
        // written once, what only a form shows is no variable at all (the form reads the case and
        // the assignment state, also once the process ended), nor is a comment nobody wrote
        var history = engine.history();
        for (String shownOnly : List.of(VAR_CASE_TYPE, VAR_BENEFICIARY_NAME, VAR_HOURS_LOGGED_TOTAL, VAR_AI_USED,
                VAR_DELIVERED_VERSIONS)) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(shownOnly)
                    .count()).as(shownOnly).isZero();
        }
        assertThat(drive.formFacts(pid)).containsEntry(VAR_CASE_TYPE, "H1B").containsEntry(VAR_HOURS_LOGGED_TOTAL, 4.0)
                .containsEntry(VAR_AI_USED, false);
        for (String fact : List.of(VAR_CASE_NUMBER, VAR_CASE_DEADLINE, VAR_ASSIGNMENT_FOLDER)) {
            assertThat(history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list())
                    .as(fact).filteredOn(d -> ((org.activiti.engine.history.HistoricVariableUpdate) d)
                            .getVariableName().equals(fact)).hasSize(1);
        }
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableName(VAR_VENDOR_COMMENT).count()).isZero();
    }

    @Test
    void declinedTaskSharesNothingAndTellsTheRequesterWhy() {
        String pid = drive.startStandard();
        assertThatThrownBy(() -> drive.complete(Firm.MANAGER, pid, "intakeTask", Map.of(VAR_INTAKE_OUTCOME, DECLINE)))
                .hasMessageContaining("reason for declining");
        assertThat(drive.openTaskKey(pid)).isEqualTo("intakeTask");

        drive.complete(Firm.MANAGER, pid, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, DECLINE, VAR_DECLINE_REASON, "No EB-1 drafter free this month"));

        assertThat(drive.ended(pid)).isTrue();
        assertThat(firm.repository.folderOf(pid)).isEmpty();
        assertThat(firm.repository.copyLog()).isEmpty();
        var declined = firm.notifications.of(pid, Kind.DECLINED);
        assertThat(declined).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactly(Firm.PARALEGAL);
            assertThat(n.details()).containsEntry(VAR_DECLINE_REASON, "No EB-1 drafter free this month");
        });
        assertThat(firm.notifications.of(pid, Kind.CANCELLED)).isEmpty();
        assertThat(drive.historicVariable(pid, VAR_CLOSED_AS)).isEqualTo(CLOSED_DECLINED);
    }

    @Test
    void onlyTheVendorsManagersAcceptAndOnlyTheirAssociatesAreAssigned() {
        String pid = drive.startStandard();
        assertThatThrownBy(() -> drive.complete(Firm.ASSOCIATE, pid, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE)))
                .hasMessageContaining("Asha (asha) is not one of LPO_ACME_MANAGERS group");
        assertThatThrownBy(() -> drive.complete(Firm.MANAGER, pid, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.PARALEGAL)))
                .hasMessageContaining("Paula (paula) is not one of LPO_ACME_ASSOCIATES group");
        assertThatThrownBy(() -> drive.complete(Firm.MANAGER, pid, "intakeTask", Map.of(VAR_INTAKE_OUTCOME, "Maybe")))
                .hasMessageContaining("\"Maybe\"").hasMessageContaining("Accept, Decline");
        assertThat(drive.openTaskKey(pid)).isEqualTo("intakeTask");
        assertThat(firm.repository.folderOf(pid)).isEmpty();
    }

    @Test
    void anRfeResponseReachesTheFirmOnlyWithEveryIssueAnsweredAndTheTasksCarryTheIssues() {
        firm.rfeNotices.issue(Firm.CASE_WITH_CONSENT, 1, "Sustained national acclaim", "Evidence of the awards' criteria");
        firm.rfeNotices.issue(Firm.CASE_WITH_CONSENT, 2, "Original contributions of major significance",
                "Independent letters on the work's impact");
        String notice = drive.caseDocument(Firm.CASE_WITH_CONSENT, "rfe-notice.pdf", ConfidentialityLevel.CONFIDENTIAL);
        Map<String, Object> request = drive.request(Firm.CASE_WITH_CONSENT, List.of(notice));
        request.put(VAR_TASK_KIND, "RFE_RESPONSE");
        String pid = drive.start(request);

        // the manager deciding whether to take the work already reads what the RFE asks
        assertThat((String) engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_RFE_ISSUES)).isEqualTo(
                "Issue 1: Sustained national acclaim. Missing: Evidence of the awards' criteria. No exhibit yet.\n"
                + "Issue 2: Original contributions of major significance. Missing: Independent letters on the work's impact. No exhibit yet.");
        drive.accept(pid);
        String draft = drive.draft(pid, "response brief");
        firm.rfeNotices.answer(Firm.CASE_WITH_CONSENT, 1, "Exhibit A - award criteria.pdf");

        assertThatThrownBy(() -> drive.lpoReview(pid, APPROVE))
                .hasRootCauseInstanceOf(org.lpodesk.evidence.rfe.RfeResponseRefusedException.class)
                .hasMessageEndingWith("The RFE response of case IMM-" + Firm.CASE_WITH_CONSENT + " cannot go to the firm: 1 issue of the RFE "
                        + "has no exhibit: issue 2 (\"Original contributions of major significance\"). Link an exhibit to each "
                        + "issue, or ask the firm's attorney to record a partial response with its reason.");
        assertThat(drive.openTaskKey(pid)).as("the refused approval changed nothing").isEqualTo("lpoReviewTask");
        assertThat(drive.historicVariable(pid, VAR_LPO_REVIEW_OUTCOME)).isNull();
        // returning the drafts for more work is never held back
        drive.lpoReview(pid, RETURN);
        assertThat((String) engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_RFE_ISSUES))
                .contains("Issue 1: Sustained national acclaim. Missing: Evidence of the awards' criteria. "
                        + "Answered by: Exhibit A - award criteria.pdf.");

        drive.finishDrafting(pid, 1.0);
        firm.rfeNotices.partial(draft, "Issue 2 cannot be documented; the brief argues it from the record", Firm.ATTORNEY);
        drive.lpoReview(pid, APPROVE);
        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");
    }

    @Test
    void anRfeResponseWithEveryIssueAnsweredGoesToTheFirmAndOtherKindsAreNotHeldToIssues() {
        firm.rfeNotices.issue(Firm.CASE_WITH_CONSENT, 1, "Sustained national acclaim", "");
        String notice = drive.caseDocument(Firm.CASE_WITH_CONSENT, "rfe-notice.pdf", ConfidentialityLevel.CONFIDENTIAL);
        Map<String, Object> request = drive.request(Firm.CASE_WITH_CONSENT, List.of(notice));
        request.put(VAR_TASK_KIND, "RFE_RESPONSE");
        String rfe = drive.start(request);
        drive.accept(rfe);
        drive.draft(rfe, "response brief");
        firm.rfeNotices.answer(Firm.CASE_WITH_CONSENT, 1, "Exhibit B.pdf");
        drive.lpoReview(rfe, APPROVE);
        assertThat(drive.openTaskKey(rfe)).isEqualTo("firmReviewTask");

        firm.rfeNotices.issue(Firm.CASE_WITH_CONSENT, 2, "Leading role", "");
        String petition = drive.startStandard();
        assertThat(engine.tasks().getVariable(drive.openTask(petition).getId(), VAR_RFE_ISSUES))
                .as("an EB-1 petition is not an RFE response").isNull();
        drive.accept(petition);
        drive.draft(petition, "petition");
        drive.lpoReview(petition, APPROVE);
        assertThat(drive.openTaskKey(petition)).isEqualTo("firmReviewTask");
    }

    @Test
    void aCaseStatusCheckTaskCarriesTheCasesReceiptNumbersAndOtherTasksDoNot() {
        String caseDoc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "i-797c-receipt.pdf", ConfidentialityLevel.CONFIDENTIAL);
        Map<String, Object> request = drive.request(Firm.CASE_WITH_CONSENT, List.of(caseDoc));
        request.put(VAR_TASK_KIND, "CASE_STATUS_CHECK");
        String pid = drive.start(request);
        String expected = firm.repository.facts(Firm.CASE_WITH_CONSENT).orElseThrow().receiptNumbers().get(0);
        assertThat(engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_RECEIPT_NUMBERS)).isEqualTo(expected);
        drive.accept(pid);
        assertThat(engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_RECEIPT_NUMBERS))
                .as("the associate's drafting task shows them").isEqualTo(expected);

        String other = drive.start(drive.request(Firm.CASE_WITH_CONSENT,
                List.of(drive.caseDocument(Firm.CASE_WITH_CONSENT, "petition.docx", ConfidentialityLevel.CONFIDENTIAL))));
        assertThat(engine.tasks().getVariable(drive.openTask(other).getId(), VAR_RECEIPT_NUMBERS)).isNull();
    }

    @Test
    void aDocumentCollectionTaskShowsTheCasesChecklistMissingItemsFirstAndNamesNoFirmDocument() {
        firm.checklists.caseType(Firm.CASE_WITH_CONSENT, "I485");
        firm.checklists.evidence(Firm.CASE_WITH_CONSENT, "maria-passport.pdf", "imm:identityDocument", "i485.passport");
        String caseDoc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "intake-questionnaire.pdf", ConfidentialityLevel.CONFIDENTIAL);
        Map<String, Object> request = drive.request(Firm.CASE_WITH_CONSENT, List.of(caseDoc));
        request.put(VAR_TASK_KIND, "DOCUMENT_COLLECTION");
        String pid = drive.start(request);

        String checklist = (String) engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_EVIDENCE_CHECKLIST);
        List<String> lines = List.of(checklist.split("\n"));
        assertThat(lines.get(0)).startsWith("I-485: ").contains("requirements not met");
        assertThat(lines).contains("missing: Sealed I-693 medical examination, at filing [i485.i693], required",
                "present: Passport [i485.passport], required");
        assertThat(lines.indexOf("missing: Sealed I-693 medical examination, at filing [i485.i693], required"))
                .as("what keeps the case from being ready comes first")
                .isLessThan(lines.indexOf("present: Passport [i485.passport], required"));
        assertThat(checklist).as("item states only: the firm's documents are not named").doesNotContain("maria-passport.pdf");

        // the associate's upload counts at the next task: the checklist is read again, not copied once
        drive.accept(pid);
        firm.checklists.evidence(Firm.CASE_WITH_CONSENT, "i693-sealed.pdf", "imm:evidence", "i485.i693");
        String upload = drive.draft(pid, "scanned I-693");
        assertThat((String) engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_EVIDENCE_CHECKLIST))
                .contains("present: Sealed I-693 medical examination, at filing [i485.i693], required");
        assertThat(engine.tasks().getVariable(drive.openTask(pid).getId(), VAR_RFE_ISSUES)).isNull();

        // an upload whose tag the case's Evidence folder would refuse does not go to the firm
        firm.checklists.tagUpload(upload, "i693-sealed.pdf", "imm:identityDocument", "i485.i693");
        assertThatThrownBy(() -> drive.lpoReview(pid, APPROVE))
                .hasRootCauseInstanceOf(org.lpodesk.evidence.checklist.TagRefusedException.class)
                .hasMessageEndingWith("\"i693-sealed.pdf\" cannot go to the firm: it would be refused in the case's Evidence "
                        + "folder. A document of type imm:identityDocument cannot be evidence for \"Sealed I-693 medical "
                        + "examination, at filing\"; it needs one of: imm:evidence. Correct its checklist items or its type, "
                        + "then approve again.");
        assertThat(drive.openTaskKey(pid)).isEqualTo("lpoReviewTask");
        firm.checklists.tagUpload(upload, "i693-sealed.pdf", "imm:evidence", "i485.i693");
        drive.lpoReview(pid, APPROVE);
        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");
    }

    @Test
    void lpoReviewReturnsToDraftingUntilTheReviewerIsSatisfied() {
        String pid = drive.startStandard();
        drive.accept(pid);
        String draft = drive.draft(pid, "first try");
        assertThatThrownBy(() -> drive.complete(Firm.ASSOCIATE, pid, "lpoReviewTask",
                Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE))).hasMessageContaining("Asha (asha) is not one of LPO_ACME_REVIEWERS group");
        drive.lpoReview(pid, RETURN);

        var redraft = drive.openTask(pid);
        assertThat(redraft.getTaskDefinitionKey()).isEqualTo("draftingTask");
        assertThat(redraft.getAssignee()).isEqualTo(Firm.ASSOCIATE);
        firm.repository.edit(draft, "second try", Firm.ASSOCIATE);
        drive.finishDrafting(pid, 2.5);
        drive.lpoReview(pid, APPROVE);

        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");
        assertThat(firm.repository.copyLog()).as("drafting again shares nothing again").hasSize(1);

        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);
        engine.executeDueJobs();
        assertThat(drive.ended(pid)).isTrue();
        assertThat(firm.ledger.find(pid).orElseThrow().hours()).as("the hours of both drafting rounds")
                .isEqualByComparingTo("6.5");
    }

    @Test
    void changeRequestGoesBackToTheSameAssociateAndTheRedeliveryCarriesTheNewVersion() {
        String caseDoc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "cover-letter.docx",
                ConfidentialityLevel.CONFIDENTIAL);
        String pid = drive.start(drive.request(Firm.CASE_WITH_CONSENT, List.of(caseDoc)));
        drive.accept(pid);
        String folder = drive.folder(pid);
        String copy = firm.repository.docsIn(folder).get(0).id;
        firm.repository.edit(copy, "cover letter, vendor draft 1", Firm.ASSOCIATE);
        drive.finishDrafting(pid, 1.0);
        drive.lpoReview(pid, APPROVE);

        drive.firmReview(Firm.ATTORNEY, pid, REQUEST_CHANGES);
        assertThat(firm.repository.review(copy)).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo(ReviewOutcome.CHANGES_REQUESTED);
            assertThat(r.approvedVersionLabel()).isEqualTo("1.1");
        });
        var redraft = drive.openTask(pid);
        assertThat(redraft.getTaskDefinitionKey()).as("straight back to drafting, no new intake")
                .isEqualTo("draftingTask");
        assertThat(redraft.getAssignee()).isEqualTo(Firm.ASSOCIATE);
        assertThat(firm.repository.openGrants()).containsKey(folder);

        firm.repository.edit(copy, "cover letter, vendor draft 2", Firm.ASSOCIATE);
        drive.finishDrafting(pid, 1.5);
        drive.lpoReview(pid, APPROVE);
        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);
        assertThat(firm.repository.review(copy).orElseThrow().approvedVersionLabel()).isEqualTo("1.2");
        engine.executeDueJobs();

        assertThat(drive.ended(pid)).isTrue();
        var delivered = firm.repository.document(caseDoc);
        assertThat(delivered.current().label()).as("a new version of the case document").isEqualTo("1.1");
        assertThat(delivered.current().content()).isEqualTo("cover letter, vendor draft 2");
        assertThat(delivered.review.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(delivered.review.approvedVersionLabel()).isEqualTo("1.1");
        assertThat(firm.repository.deliveryLog()).containsExactly(pid + "/" + copy + "@1.2");
        assertThat(firm.notifications.of(pid, Kind.DELIVERED)).singleElement()
                .satisfies(n -> assertThat(n.details()).containsEntry(VAR_DELIVERED_VERSIONS, caseDoc + "@1.1"));
        assertThat(firm.repository.copyLog()).hasSize(1);
        assertThat(firm.repository.openGrants()).isEmpty();
        assertThat(firm.ledger.find(pid).orElseThrow().hours()).isEqualByComparingTo("2.5");
    }

    @Test
    void paralegalAssociateAndAnAttorneyWhoEditedTheDraftCannotApprove() {
        String pid = drive.toFirmReview(drive.startStandard());
        var draft = drive.newDraft(pid);

        assertThatThrownBy(() -> drive.firmReview(Firm.PARALEGAL, pid, APPROVE))
                .hasMessageContaining("paula").hasMessageContaining("GROUP_IMM_ATTORNEYS");
        assertThatThrownBy(() -> drive.firmReview(Firm.ASSOCIATE, pid, APPROVE))
                .hasMessageContaining("asha").hasMessageContaining("GROUP_IMM_ATTORNEYS");
        assertThatThrownBy(() -> drive.firmReview(Firm.PARALEGAL, pid, REQUEST_CHANGES))
                .as("requesting changes is sign-off too").hasMessageContaining("GROUP_IMM_ATTORNEYS");
        firm.repository.edit(draft.id, "attorney polish", Firm.OTHER_ATTORNEY);
        assertThatThrownBy(() -> drive.firmReview(Firm.OTHER_ATTORNEY, pid, APPROVE))
                .hasMessageContaining("alan").hasMessageContaining("1.1");
        assertThat(firm.repository.review(draft.id)).as("refusals record nothing").isEmpty();
        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");

        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);
        assertThat(firm.repository.review(draft.id).orElseThrow().approvedVersionLabel()).isEqualTo("1.1");
        // recorded on the approving task, where the workflow history shows a completed task's properties
        assertThat(drive.historicTaskVariable(pid, "firmReviewTask", VAR_APPROVED_BY)).isEqualTo(Firm.ATTORNEY);
        assertThat(drive.historicTaskVariable(pid, "firmReviewTask", VAR_APPROVED_VERSIONS)).isEqualTo(draft.id + "@1.1");
    }

    @Test
    void draftEditedAfterApprovalIsNotDelivered() {
        String pid = drive.toFirmReview(drive.startStandard());
        var draft = drive.newDraft(pid);
        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);
        firm.repository.edit(draft.id, "sneaky change", Firm.ASSOCIATE);

        engine.executeDueJobs();

        assertThat(drive.ended(pid)).isFalse();
        var job = engine.management().createJobQuery().processInstanceId(pid).singleResult();
        assertThat(job.getExceptionMessage()).contains("petition.docx").contains("1.1").contains("VOIDED_BY_EDIT");
        assertThat(firm.repository.deliveryLog()).isEmpty();
    }

    @Test
    void firmAttorneyCancelsAtReviewAndTheVendorLosesAccess() {
        String pid = drive.toFirmReview(drive.startStandard());
        assertThat(firm.repository.openGrants()).isNotEmpty();
        drive.firmReview(Firm.ATTORNEY, pid, CANCEL);

        assertThat(drive.ended(pid)).isTrue();
        assertThat(firm.repository.openGrants()).isEmpty();
        assertThat(firm.repository.deliveryLog()).isEmpty();
        assertThat(firm.notifications.of(pid, Kind.CANCELLED)).singleElement()
                .satisfies(n -> assertThat(n.recipients()).containsExactly(Firm.PARALEGAL, firm.acme.managersGroup(),
                        Firm.ASSOCIATE));
        assertThat(firm.ledger.find(pid)).as("a cancelled task is not billed through the ledger").isEmpty();
    }

    @Test
    void reminderBeforeTheDueDateAndEscalationAfterItGoToManagersAndRequester() {
        String pid = drive.startStandard();
        var due = ((java.util.Date) engine.runtime().getVariable(pid, VAR_DUE_DATE)).toInstant();
        assertThat(due).as("requested at 19:30 in Kolkata, after close: 5 business days from Tuesday, 18:00 IST")
                .isEqualTo(java.time.Instant.parse("2026-03-10T12:30:00Z"));
        drive.accept(pid);

        engine.setNow(due.minus(java.time.Duration.ofHours(49)));
        engine.executeDueJobs();
        assertThat(firm.notifications.of(pid, Kind.DUE_SOON)).isEmpty();

        engine.setNow(due.minus(java.time.Duration.ofHours(47)));
        engine.executeDueJobs();
        assertThat(firm.notifications.of(pid, Kind.DUE_SOON)).singleElement()
                .satisfies(n -> assertThat(n.recipients()).containsExactly(firm.acme.managersGroup(), Firm.PARALEGAL));
        assertThat(firm.notifications.of(pid, Kind.OVERDUE)).isEmpty();
        assertThat(drive.openTaskKey(pid)).as("the vendor keeps working").isEqualTo("draftingTask");

        engine.setNow(due.plusSeconds(60));
        engine.executeDueJobs();
        assertThat(firm.notifications.of(pid, Kind.OVERDUE)).singleElement()
                .satisfies(n -> assertThat(n.recipients()).containsExactly(firm.acme.managersGroup(), Firm.PARALEGAL));

        drive.draft(pid, "late draft");
        drive.lpoReview(pid, APPROVE);
        drive.firmReview(Firm.ATTORNEY, pid, REQUEST_CHANGES);
        engine.executeDueJobs();
        assertThat(firm.notifications.of(pid, Kind.DUE_SOON)).as("re-entering vendor work does not remind again")
                .hasSize(1);
        assertThat(firm.notifications.of(pid, Kind.OVERDUE)).hasSize(1);
        assertThat(drive.openTaskKey(pid)).isEqualTo("draftingTask");
    }

    @Test
    void reminderLeadTimeComesFromTheRequest() {
        String doc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "resume.pdf", ConfidentialityLevel.CONFIDENTIAL);
        var vars = drive.request(Firm.CASE_WITH_CONSENT, List.of(doc));
        vars.put(VAR_REMINDER_LEAD_HOURS, 96);
        String pid = drive.start(vars);
        var due = ((java.util.Date) engine.runtime().getVariable(pid, VAR_DUE_DATE)).toInstant();
        assertThat(((java.util.Date) engine.runtime().getVariable(pid, VAR_REMINDER_DATE)).toInstant())
                .isEqualTo(due.minus(java.time.Duration.ofHours(96)));
        engine.setNow(due.minus(java.time.Duration.ofHours(95)));
        engine.executeDueJobs();
        assertThat(firm.notifications.of(pid, Kind.DUE_SOON)).hasSize(1);
        assertThat(drive.openTaskKey(pid)).isEqualTo("intakeTask");
    }
}
