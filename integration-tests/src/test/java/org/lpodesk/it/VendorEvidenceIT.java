package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.evidence.rfe.RfeResponsePort;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.workflow.DeliveryPort;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReviewOutcome;

/**
 * What a vendor's RFE response and document collection meet in the repository: the RFE issues
 * the vendor's tasks read (entered on the notice, answered by linking exhibits) and a collected
 * document delivered into the case's Evidence folder with its type and tags, counted at once.
 */
@RunWith(AlfrescoTestRunner.class)
public class VendorEvidenceIT extends AbstractAlfrescoIT {

    private FirmFixture firm;

    @Before
    public void createFirm() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    @Test
    public void theVendorsTasksReadTheRfeIssuesOfTheCasesOpenRfeAndTheirExhibits() {
        RfeResponsePort responses = getApplicationContext().getBean("lpodesk.rfeResponses", RfeResponsePort.class);
        NodeRef notice = notice("RFE", "rfe");
        NodeRef issue = firm.as(firm.paralegal, () -> nodes().createNode(notice, ImmModel.ASSOC_RFE_ISSUES,
                QName.createQName(ImmModel.URI, "issue1"), ImmModel.TYPE_RFE_ISSUE, Map.of(
                        ImmModel.PROP_ISSUE_NUMBER, 1,
                        ImmModel.PROP_ISSUE_REQUIREMENT, "Lesser nationally recognized prizes",
                        ImmModel.PROP_ISSUE_MISSING_EVIDENCE, "Criteria of the award"))
                .getChildRef());

        // read in a transaction, as the task listeners read it (outside one the node caches may answer stale)
        RfeResponsePort.ResponseState before = firm.asAdmin(() -> responses.state(firm.caseFolder.toString(), List.of()));
        assertEquals(1, before.issues().size());
        assertFalse("no exhibit yet", before.issues().get(0).answered());

        NodeRef exhibit = firm.as(firm.paralegal, () -> firm.child(firm.caseFolder, ImmModel.TYPE_EVIDENCE,
                "award-criteria-" + firm.suffix + ".pdf", Map.of(ImmModel.PROP_CHECKLIST_ITEMS,
                        new ArrayList<>(List.of("eb1a.criterion.prizes")))));
        firm.as(firm.paralegal, () -> nodes().createAssociation(issue, exhibit, ImmModel.ASSOC_ISSUE_EXHIBITS));
        RfeResponsePort.ResponseState after = firm.asAdmin(() -> responses.state(firm.caseFolder.toString(), List.of()));
        assertEquals(List.of("award-criteria-" + firm.suffix + ".pdf"), after.issues().get(0).exhibits());
    }

    @Test
    public void aCollectedDocumentIsDeliveredIntoTheCasesEvidenceWithItsTypeAndTagsAndCounts() {
        DeliveryPort delivery = getApplicationContext().getBean("lpodesk.delivery", DeliveryPort.class);
        NodeRef upload = firm.asAdmin(() -> firm.child(firm.vendorLibrary, ImmModel.TYPE_EVIDENCE,
                "prize-" + firm.suffix + ".pdf", Map.of(ImmModel.PROP_CHECKLIST_ITEMS,
                        new ArrayList<>(List.of("eb1a.criterion.prizes")))));
        Object criteriaBefore = firm.asAdmin(() -> nodes().getProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));

        DeliveryPort.DeliveredVersion delivered = firm.asAdmin(() -> delivery.deliver(new DeliveryPort.Delivery(
                "it-collection-" + firm.suffix, firm.caseFolder.toString(), upload.toString(), "1.0", null,
                new AttorneyApproval(firm.attorney, Instant.now(), ReviewOutcome.APPROVED, "collected", "1.0"),
                TaskKind.DOCUMENT_COLLECTION)));

        NodeRef made = new NodeRef(delivered.documentId());
        firm.asAdmin(() -> {
            NodeRef evidenceFolder = nodes().getChildByName(firm.caseFolder, ContentModel.ASSOC_CONTAINS,
                    CaseFolderTemplate.EVIDENCE.folderName(Locale.getDefault()));
            assertNotNull(evidenceFolder);
            assertEquals(evidenceFolder, nodes().getPrimaryParent(made).getParentRef());
            assertEquals(ImmModel.TYPE_EVIDENCE, nodes().getType(made));
            assertEquals(List.of("eb1a.criterion.prizes"), nodes().getProperty(made, ImmModel.PROP_CHECKLIST_ITEMS));
            return null;
        });
        Object criteriaAfter = firm.asAdmin(() -> nodes().getProperty(firm.caseFolder, ImmModel.PROP_EVIDENCE_CRITERIA_MET));
        assertTrue("the delivered upload counts: " + criteriaBefore + " -> " + criteriaAfter,
                ((Number) criteriaAfter).intValue() == (criteriaBefore == null ? 0 : ((Number) criteriaBefore).intValue()) + 1);
    }

    @Test
    public void anIssueOnANoticeThatAsksNothingATakenNumberAndAnotherCasesExhibitAreRefused() {
        NodeRef receipt = notice("RECEIPT", "receipt");
        try {
            firm.as(firm.paralegal, () -> issue(receipt, 1));
            org.junit.Assert.fail("an issue was filed under a receipt notice");
        } catch (org.alfresco.repo.node.integrity.IntegrityException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("is a notice of kind RECEIPT"));
        }
        assertTrue("nothing stored", firm.asAdmin(() -> nodes().getChildAssocs(receipt, ImmModel.ASSOC_RFE_ISSUES,
                org.alfresco.service.namespace.RegexQNamePattern.MATCH_ALL).isEmpty()));

        NodeRef rfe = notice("RFE", "rfe2");
        NodeRef first = firm.as(firm.paralegal, () -> issue(rfe, 1));
        try {
            firm.as(firm.paralegal, () -> issue(rfe, 1));
            org.junit.Assert.fail("issue 1 was filed twice");
        } catch (org.alfresco.repo.node.integrity.IntegrityException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("already has an issue 1"));
        }
        NodeRef elsewhere = firm.as(firm.paralegal, () -> firm.child(firm.clientFolder, ContentModel.TYPE_CONTENT,
                "outside-" + firm.suffix + ".pdf", Map.of()));
        try {
            firm.as(firm.paralegal, () -> nodes().createAssociation(first, elsewhere, ImmModel.ASSOC_ISSUE_EXHIBITS));
            org.junit.Assert.fail("a document outside the case answered an issue");
        } catch (org.alfresco.repo.node.integrity.IntegrityException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("must be a document of the same case"));
        }
    }

    /** A notice of the kind, dated three days ago, in the firm's case, as the paralegal files it. */
    private NodeRef notice(String kind, String name) {
        return firm.as(firm.paralegal, () -> {
            Map<QName, Serializable> props = new HashMap<>();
            props.put(ImmModel.PROP_NOTICE_KIND, kind);
            props.put(ImmModel.PROP_NOTICE_DATE, CalendarDates.toDate(LocalDate.now().minusDays(3)));
            props.put(ImmModel.PROP_SERVICE_METHOD, "MAIL");
            return firm.child(firm.caseFolder, ImmModel.TYPE_USCIS_NOTICE, name + "-" + firm.suffix + ".pdf", props);
        });
    }

    private NodeRef issue(NodeRef notice, int number) {
        return nodes().createNode(notice, ImmModel.ASSOC_RFE_ISSUES, QName.createQName(ImmModel.URI, "issue" + number),
                ImmModel.TYPE_RFE_ISSUE, Map.of(ImmModel.PROP_ISSUE_NUMBER, number,
                        ImmModel.PROP_ISSUE_REQUIREMENT, "Requirement " + number)).getChildRef();
    }
}
