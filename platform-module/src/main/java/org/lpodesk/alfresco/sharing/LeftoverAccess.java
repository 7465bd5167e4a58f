package org.lpodesk.alfresco.sharing;

import java.io.Serializable;
import org.alfresco.model.ContentModel;
import org.alfresco.model.QuickShareModel;
import org.alfresco.service.cmr.coci.CheckOutCheckInService;
import org.alfresco.service.cmr.quickshare.QuickShareService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * The ways into a node that its permissions do not govern, closed when a vendor's access is
 * revoked: a public link (Quick Share; anyone with the URL reads it without logging in, whatever
 * the permissions) and a working copy a vendor user still has checked out (its lock names the
 * associate). Permissions and ownership are {@link AlfrescoSharing#revokeAll}'s part.
 */
public final class LeftoverAccess {

    private final NodeService nodeService;
    private final QuickShareService quickShareService;
    private final CheckOutCheckInService checkOutCheckInService;

    public LeftoverAccess(NodeService nodeService, QuickShareService quickShareService,
                          CheckOutCheckInService checkOutCheckInService) {
        this.nodeService = nodeService;
        this.quickShareService = quickShareService;
        this.checkOutCheckInService = checkOutCheckInService;
    }

    /**
     * Closes the node's public link and cancels a working copy; says what it closed, for the audit
     * entry ("" when nothing).
     */
    public String close(NodeRef node) {
        StringBuilder closed = new StringBuilder();
        if (nodeService.hasAspect(node, ContentModel.ASPECT_WORKING_COPY)) {
            checkOutCheckInService.cancelCheckout(node);
            closed.append("working copy cancelled; ");
            return closed.toString();
        }
        if (nodeService.hasAspect(node, QuickShareModel.ASPECT_QSHARE)) {
            Serializable sharedId = nodeService.getProperty(node, QuickShareModel.PROP_QSHARE_SHAREDID);
            if (sharedId != null) {
                quickShareService.unshareContent(sharedId.toString());
            } else {
                nodeService.removeAspect(node, QuickShareModel.ASPECT_QSHARE);
            }
            closed.append("public link removed; ");
        }
        return closed.toString();
    }
}
