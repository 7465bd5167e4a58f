package org.lpodesk.alfresco.correspondence;

import java.io.IOException;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.UserRefusal;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * The case's correspondence ({@code GET /lpodesk/cases/{caseId}/correspondence}), a reply drafted
 * to a received message ({@code POST /lpodesk/correspondence/{id}/reply}, 201) and a held message
 * released ({@code POST /lpodesk/correspondence/{id}/release}): one class for the three, which
 * differ only in what they ask of {@link CorrespondenceDesk}. As the calling user: what they may
 * not read is a 404, what only firm staff do a 403.
 */
public final class CorrespondenceWebScript extends AbstractWebScript {

    /** What the script does with the node its URL names. */
    public enum Kind {
        LIST, REPLY, RELEASE
    }

    private final CorrespondenceDesk desk;
    private final NodeService nodeService;
    private final Kind kind;

    public CorrespondenceWebScript(CorrespondenceDesk desk, NodeService nodeService, Kind kind) {
        this.desk = desk;
        this.nodeService = nodeService;
        this.kind = kind;
    }

    /** An LPO user asking for a firm case gets the same answer as for a case that does not exist. */
    private boolean readable(NodeRef node) {
        try {
            return nodeService.exists(node) && nodeService.getType(node) != null;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef node;
        try {
            String id = JsonExchange.arguments(req).requiredText(kind == Kind.LIST ? "caseId" : "id");
            node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (!readable(node) || (kind == Kind.LIST && !ImmModel.TYPE_CASE.equals(nodeService.getType(node)))) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    (kind == Kind.LIST ? "No case " : "No message ") + node + " exists, or you may not read it."));
            return;
        }
        try {
            switch (kind) {
                case LIST -> JsonExchange.write(res, Status.STATUS_OK, desk.overview(node));
                case REPLY -> {
                    NodeRef reply = desk.draftReply(node);
                    JsonExchange.write(res, Status.STATUS_CREATED, Map.of("id", reply.toString(),
                            "name", nodeService.getProperty(reply, ContentModel.PROP_NAME)));
                }
                case RELEASE -> {
                    desk.release(node);
                    JsonExchange.write(res, Status.STATUS_OK, Map.of("id", node.toString(),
                            "name", nodeService.getProperty(node, ContentModel.PROP_NAME)));
                }
            }
        } catch (AccessDeniedException denied) {
            // what the caller may not read of the case answers as if it were not there
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    (kind == Kind.LIST ? "No case " : "No message ") + node + " exists, or you may not read it."));
        } catch (RuntimeException refused) {
            UserRefusal refusal = UserRefusal.in(refused).orElseThrow(() -> refused);
            // the desk checks before it writes: a refusal leaves nothing behind to roll back
            JsonExchange.error(res, refusal.refusalKind().httpStatus(), (RuntimeException) refusal);
        }
    }
}
