package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
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
import org.lpodesk.review.ApprovalRefusedException;

/**
 * An approval belongs to one content version: editing an approved document voids the approval
 * when the edit commits, and a document cannot be marked filed without a valid approval of its
 * current version (the transaction that tries rolls back); with one it can.
 */
@RunWith(AlfrescoTestRunner.class)
public class ApprovalVoidingIT extends AbstractAlfrescoIT {

    private FirmFixture firm;
    private NodeRef draft;

    @Before
    public void createApprovedDraft() {
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        draft = firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT, "petition-" + firm.suffix + ".txt", Map.of());
            getServiceRegistry().getNodeService().addAspect(node, ContentModel.ASPECT_VERSIONABLE, null);
            write(node, "petition, first draft");
            return node;
        });
        approveCurrentVersion();
    }

    @After
    public void removeFirm() {
        firm.remove();
    }

    @Test
    public void editingAnApprovedDocumentVoidsTheApproval() {
        String approved = firm.asAdmin(() -> label());
        assertTrue(firm.asAdmin(() -> nodes().hasAspect(draft, ImmModel.ASPECT_ATTORNEY_APPROVAL)));

        firm.as(firm.paralegal, () -> {
            write(draft, "petition, second draft");
            return null;
        });

        assertNotEquals("the edit made a new version", approved, firm.asAdmin(() -> label()));
        assertFalse("approval of version " + approved + " survived the edit",
                firm.asAdmin(() -> nodes().hasAspect(draft, ImmModel.ASPECT_ATTORNEY_APPROVAL)));
    }

    @Test
    public void filingWithoutAValidApprovalIsRefusedAndChangesNothing() {
        firm.as(firm.paralegal, () -> {
            write(draft, "petition, edited after approval");
            return null;
        });
        try {
            markFiled();
            fail("a document whose approval was voided was marked filed");
        } catch (RuntimeException expected) {
            assertTrue("refused by the approval policy: " + expected, causedBy(expected, ApprovalRefusedException.class));
        }
        assertFalse(firm.asAdmin(() -> nodes().hasAspect(draft, ImmModel.ASPECT_FILING)));
    }

    @Test
    public void filingTheApprovedVersionIsAllowed() {
        markFiled();
        assertTrue(firm.asAdmin(() -> nodes().hasAspect(draft, ImmModel.ASPECT_FILING)));
        assertEquals(firm.attorney, firm.asAdmin(() -> nodes().getProperty(draft, ImmModel.PROP_APPROVER)));
    }

    private void approveCurrentVersion() {
        firm.approve(draft);
    }

    private void markFiled() {
        firm.as(firm.attorney, () -> {
            Map<QName, Serializable> filing = new HashMap<>();
            filing.put(ImmModel.PROP_FILED_ON, new Date());
            filing.put(ImmModel.PROP_FILED_BY, firm.attorney);
            nodes().addAspect(draft, ImmModel.ASPECT_FILING, filing);
            return null;
        });
    }

    private void write(NodeRef node, String text) {
        firm.write(node, text);
    }

    private String label() {
        Serializable label = nodes().getProperty(draft, ContentModel.PROP_VERSION_LABEL);
        return label == null ? null : label.toString();
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
