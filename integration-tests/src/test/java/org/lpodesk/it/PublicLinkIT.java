package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.model.QuickShareModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.quickshare.InvalidSharedIdException;
import org.alfresco.service.cmr.quickshare.QuickShareService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.outsourcing.workflow.SharingPort;

/**
 * Public links (Quick Share) can never expose a client document: refused on every imm document
 * and on anything inside a vendor site, whoever asks, with an audit entry; a link made before the
 * rule (on a plain document later moved into an assignment folder) is removed when the vendor's
 * access is revoked, and its URL then finds nothing.
 */
@RunWith(AlfrescoTestRunner.class)
public class PublicLinkIT extends AbstractAlfrescoIT {

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

    @Test
    public void aClientDocumentGetsNoPublicLinkFromTheFirmOrTheVendor() {
        NodeRef petition = firm.as(firm.paralegal, () -> firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT,
                "petition-" + firm.suffix + ".pdf", Map.of()));
        for (String user : List.of(firm.paralegal, firm.attorney)) {
            refused(user, petition, "is a client document");
        }
        assertFalse(firm.asAdmin(() -> nodes().hasAspect(petition, QuickShareModel.ASPECT_QSHARE)));
        assertEquals("one audit entry per refusal", 2, refusals(petition).size());
    }

    @Test
    public void nothingInsideAVendorSiteGetsAPublicLinkNotEvenFromTheAdministrator() {
        NodeRef note = firm.asAdmin(() -> firm.child(firm.vendorLibrary, ContentModel.TYPE_CONTENT,
                "note-" + firm.suffix + ".txt", Map.of()));
        refused(firm.associate, note, "is in the vendor site");
        refused("admin", note, "is in the vendor site");
        assertFalse(firm.asAdmin(() -> nodes().hasAspect(note, QuickShareModel.ASPECT_QSHARE)));
    }

    @Test
    public void aLinkMadeBeforeTheRuleIsRemovedWhenTheVendorsAccessIsRevoked() {
        // a plain document shared by link where links are allowed, then moved into an assignment folder
        NodeRef shared = firm.asAdmin(() -> firm.child(firm.firmLibrary, ContentModel.TYPE_CONTENT,
                "brochure-" + firm.suffix + ".txt", Map.of()));
        String sharedId = firm.asAdmin(() -> quickShare().shareContent(shared).getId());
        NodeRef folder = firm.asAdmin(() -> firm.child(firm.vendorLibrary, ContentModel.TYPE_FOLDER,
                "task-" + firm.suffix, Map.of()));
        firm.asAdmin(() -> getServiceRegistry().getFileFolderService().move(shared, folder, null));
        assertEquals(shared, firm.asAdmin(() -> quickShare().getTenantNodeRefFromSharedId(sharedId).getSecond()));

        firm.asAdmin(() -> {
            getApplicationContext().getBean("lpodesk.sharing", SharingPort.class).revokeAll(folder.toString());
            return null;
        });

        assertFalse(firm.asAdmin(() -> nodes().hasAspect(shared, QuickShareModel.ASPECT_QSHARE)));
        try {
            firm.asAdmin(() -> quickShare().getTenantNodeRefFromSharedId(sharedId));
            fail("the public link " + sharedId + " still resolves after revocation");
        } catch (InvalidSharedIdException gone) {
            // the anonymous download URL answers 404
        }
    }

    private void refused(String user, NodeRef node, String reason) {
        try {
            firm.as(user, () -> getApplicationContext().getBean("QuickShareService", QuickShareService.class).shareContent(node));
            fail(user + " created a public link on " + node);
        } catch (RuntimeException refusal) {
            StringBuilder all = new StringBuilder();
            for (Throwable c = refusal; c != null; c = c.getCause()) {
                all.append(c.getMessage()).append('\n');
            }
            assertTrue(user + ": " + all, all.toString().contains(reason));
        }
    }

    private List<String> refusals(NodeRef node) {
        List<String> users = new ArrayList<>();
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.addSearchKey("/lpodesk/publicLinkRefused/node", node.toString());
        firm.asAdmin(() -> {
            getApplicationContext().getBean("AuditService", AuditService.class).auditQuery(
                    new AuditService.AuditQueryCallback() {
                        @Override
                        public boolean valuesRequired() {
                            return false;
                        }

                        @Override
                        public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                                        Map<String, Serializable> values) {
                            users.add(user);
                            return true;
                        }

                        @Override
                        public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                            throw new AssertionError(errorMsg, error);
                        }
                    }, query, 100);
            return null;
        });
        return users;
    }

    private QuickShareService quickShare() {
        return getApplicationContext().getBean("quickShareService", QuickShareService.class);
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
