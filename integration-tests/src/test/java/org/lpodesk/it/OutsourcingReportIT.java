package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.lpodesk.it.WorkflowSteps.immwf;
import static org.lpodesk.review.workflow.WorkflowModel.ACCEPT;
import static org.lpodesk.review.workflow.WorkflowModel.APPROVE;
import static org.lpodesk.review.workflow.WorkflowModel.DECLINE;
import static org.lpodesk.review.workflow.WorkflowModel.REQUEST_CHANGES;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DECLINE_REASON;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFTING_ASSOCIATE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_FIRM_REVIEW_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_INTAKE_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_LPO_REVIEW_OUTCOME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.outsourcing.report.ReportViewers;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.report.Figures;
import org.lpodesk.outsourcing.report.Granularity;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportViewer;

/**
 * The outsourcing report read from the history of Alfresco's own Activiti engine: three real
 * tasks of one vendor (delivered after a change request, delivered at first pass, declined) give
 * their volume, rework, first pass, hours and cost; the vendor's manager gets the vendor's own
 * scorecard and a paralegal none.
 */
@RunWith(AlfrescoTestRunner.class)
public class OutsourcingReportIT extends PetitionOutsourcingBase {

    @Test
    public void theReportCountsWhatTheEngineRecorded() throws InterruptedException {
        String reworked = steps.request("EB1_PETITION", document("cv"));
        accept(reworked);
        draft(reworked, 3.0);
        steps.complete(firm.attorney, reworked, "immwf:firmReviewTask", Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME),
                REQUEST_CHANGES, org.alfresco.repo.workflow.WorkflowModel.PROP_COMMENT, "Cite the publications by date"), Map.of());
        steps.awaitTask(reworked, "immwf:draftingTask");
        draft(reworked, 1.5);
        steps.complete(firm.attorney, reworked, "immwf:firmReviewTask", Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE),
                Map.of());

        String firstPass = steps.request("EB1_PETITION", document("awards"));
        accept(firstPass);
        draft(firstPass, 2.0);
        steps.complete(firm.attorney, firstPass, "immwf:firmReviewTask", Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE),
                Map.of());

        String declined = steps.request("EB1_PETITION", document("letters"));
        steps.complete(firm.manager, declined, "immwf:intakeTask", Map.of(immwf(VAR_INTAKE_OUTCOME), DECLINE,
                immwf(VAR_DECLINE_REASON), "No capacity this month"), Map.of());
        steps.awaitEnd(reworked);
        steps.awaitEnd(firstPass);
        steps.awaitEnd(declined);

        OutsourcingReports reports = (OutsourcingReports) getApplicationContext().getBean("lpodesk.outsourcingReports");
        ReportViewers viewers = (ReportViewers) getApplicationContext().getBean("lpodesk.reportViewers");
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

        Report firmView = firm.as(firm.attorney, () -> reports.report(ReportQuery.of(today.minusDays(1), today.plusDays(1),
                firm.vendor.id(), null, Granularity.MONTH, viewers.knownVendors(), viewers.current())));
        Figures all = firmView.total();
        assertEquals(3, all.requested());
        assertEquals(2, all.accepted());
        assertEquals(1, all.declined());
        assertEquals(2, all.delivered());
        assertEquals("approved without a change request", 1, all.firstPass());
        assertEquals(2, all.reviewedTasks());
        assertEquals(1, all.reworkedTasks());
        assertEquals(1, all.changeRequests());
        assertEquals(0, new BigDecimal("6.5").compareTo(all.hoursLogged()));
        assertEquals(List.of(Money.usd("1800.00")), all.cost());
        assertEquals("the attorney's decisions: two approvals and one change request", 3,
                firmView.attorneys().stream().filter(a -> a.attorney().equals(firm.attorney)).findFirst()
                        .orElseThrow().decisions());
        assertTrue("the firm sees the case", firmView.cases().stream()
                .anyMatch(c -> c.caseId().equals(firm.caseFolder.toString())));

        Report vendorView = firm.as(firm.manager, () -> {
            ReportViewer manager = viewers.current();
            assertEquals(ReportViewer.Role.VENDOR, manager.role());
            return reports.report(ReportQuery.of(today.minusDays(1), today.plusDays(1), null, null,
                    Granularity.QUARTER, viewers.knownVendors(), manager));
        });
        assertTrue(vendorView.vendorView());
        assertEquals(3, vendorView.total().requested());
        assertTrue("no client data in the vendor's scorecard", vendorView.cases().isEmpty());
        assertTrue(vendorView.attorneys().isEmpty());
        assertNull(vendorView.total().bufferKeptRate());

        firm.as(firm.paralegal, () -> {
            try {
                ReportQuery.of(today, today, null, null, Granularity.MONTH, viewers.knownVendors(), viewers.current());
                fail("a paralegal sees no report");
            } catch (NotAllowedException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains(firm.paralegal));
            }
            return null;
        });
    }

    private void accept(String workflowId) throws InterruptedException {
        steps.complete(firm.manager, workflowId, "immwf:intakeTask", Map.of(immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                Map.of(immwf(VAR_DRAFTING_ASSOCIATE), List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));
        steps.awaitTask(workflowId, "immwf:draftingTask");
    }

    /** The associate's draft in the assignment folder, the hours logged, the LPO reviewer's approval. */
    private void draft(String workflowId, double hours) throws InterruptedException {
        NodeRef folder = firm.asAdmin(() -> getServiceRegistry().getNodeService().getChildByName(firm.vendorLibrary,
                ContentModel.ASSOC_CONTAINS, "task-" + workflowId.substring(workflowId.indexOf('$') + 1)));
        firm.as(firm.associate, () -> {
            NodeRef draft = firm.child(folder, ContentModel.TYPE_CONTENT, "draft-" + System.nanoTime() + ".txt", Map.of());
            write(draft, "petition draft, " + hours + " hours");
            return null;
        });
        steps.complete(firm.associate, workflowId, "immwf:draftingTask", Map.of(immwf(VAR_HOURS_LOGGED), hours, immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFT_AI_USED), false), Map.of());
        steps.complete(firm.reviewer, workflowId, "immwf:lpoReviewTask", Map.of(immwf(VAR_LPO_REVIEW_OUTCOME), APPROVE),
                Map.of());
        steps.awaitTask(workflowId, "immwf:firmReviewTask");
    }

    private NodeRef document(String name) {
        return firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT, name + "-" + firm.suffix + ".txt", Map.of());
            write(node, name);
            return node;
        });
    }
}
