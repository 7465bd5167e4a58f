package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * Filing and the voiding of an approval leave entries in the lpodesk audit application that name
 * the document, the version and the user.
 */
@RunWith(AlfrescoTestRunner.class)
public class FilingAuditIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private NodeRef petition;

    @Before
    public void createApprovedPetition() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        petition = firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT, "i140-" + firm.suffix + ".txt", Map.of());
            nodes().addAspect(node, ContentModel.ASPECT_VERSIONABLE, null);
            write(node, "I-140 petition letter");
            return node;
        });
        firm.as(firm.attorney, () -> {
            Map<QName, Serializable> approval = new HashMap<>();
            approval.put(ImmModel.PROP_APPROVER, firm.attorney);
            approval.put(ImmModel.PROP_APPROVED_ON, new Date());
            approval.put(ImmModel.PROP_APPROVAL_OUTCOME, "APPROVED");
            approval.put(ImmModel.PROP_APPROVED_VERSION_LABEL, nodes().getProperty(petition, ContentModel.PROP_VERSION_LABEL));
            nodes().addAspect(petition, ImmModel.ASPECT_ATTORNEY_APPROVAL, approval);
            return null;
        });
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    @Test
    public void filingIsAuditedWithTheDocumentAndTheFiler() {
        firm.as(firm.attorney, () -> {
            Map<QName, Serializable> filing = new HashMap<>();
            filing.put(ImmModel.PROP_FILED_ON, new Date());
            filing.put(ImmModel.PROP_FILED_BY, firm.attorney);
            nodes().addAspect(petition, ImmModel.ASPECT_FILING, filing);
            return null;
        });
        List<Entry> filings = entries("filing");
        assertEquals("one filing entry for " + petition + ": " + filings, 1, filings.size());
        assertEquals(firm.attorney, filings.get(0).user());
    }

    @Test
    public void anEditVoidingTheApprovalIsAudited() {
        firm.as(firm.paralegal, () -> {
            write(petition, "I-140 petition letter, edited after approval");
            return null;
        });
        List<Entry> approvals = entries("approval");
        assertEquals("one approval entry for " + petition + ": " + approvals, 1, approvals.size());
        assertTrue(approvals.get(0).detail(), approvals.get(0).detail().startsWith("voided"));
        assertEquals(firm.paralegal, approvals.get(0).user());
    }

    private record Entry(String user, String detail) {
    }

    /** The lpodesk audit entries of {@code event} (filing, approval, ...) about the petition. */
    private List<Entry> entries(String event) {
        List<Entry> found = new ArrayList<>();
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.addSearchKey("/lpodesk/" + event + "/node", petition.toString());
        firm.asAdmin(() -> {
            getApplicationContext().getBean("AuditService", AuditService.class).auditQuery(
                    new AuditService.AuditQueryCallback() {
                        @Override
                        public boolean valuesRequired() {
                            return true;
                        }

                        @Override
                        public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                                        Map<String, Serializable> values) {
                            Serializable detail = values.get("/lpodesk/" + event + "/detail");
                            found.add(new Entry(user, detail == null ? "" : detail.toString()));
                            return true;
                        }

                        @Override
                        public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                            throw new AssertionError("unreadable audit entry " + entryId + ": " + errorMsg, error);
                        }
                    }, query, 100);
            return null;
        });
        return found;
    }

    private void write(NodeRef node, String text) {
        ContentWriter writer = getServiceRegistry().getContentService().getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent(text);
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
