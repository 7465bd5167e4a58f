package org.lpodesk.alfresco.uscis;

import java.io.IOException;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.FirmOnly;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.uscis.UscisMessages;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases/uscis-status?case=<nodeRef>}: the USCIS status log of a case, per
 * receipt number (its last good status and every check newest first), the status the last change
 * suggests, and whether the API is configured or its credentials were refused. Firm staff only
 * (403 for LPO users, as the case page); 404 for a case the caller cannot read.
 */
public final class StatusHistoryWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final UscisWebScripts shared;

    /** @param nodeService the permission-checked node service: only a case the caller may read is answered */
    public StatusHistoryWebScript(NodeService nodeService, AuthorityService authorityService, UscisWebScripts shared) {
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.shared = shared;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        if (FirmOnly.refused(authorityService, res)) {
            return;
        }
        NodeRef caseNode;
        try {
            caseNode = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("case"));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        try {
            if (!nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                        new IllegalArgumentException(UscisMessages.format("web.noCase", caseNode)));
                return;
            }
        } catch (AccessDeniedException notReadable) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(UscisMessages.format("web.noCase", caseNode)));
            return;
        }
        JsonExchange.write(res, Status.STATUS_OK, AuthenticationUtil.runAsSystem(() -> shared.history(caseNode)));
    }
}
