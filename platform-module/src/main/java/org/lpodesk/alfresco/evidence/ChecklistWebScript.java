package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.webscript.FirmOnly;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.evidence.EvidenceMessages;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases/checklist?nodeRef=}: the evidence checklist of the case holding the node
 * (the case, a folder or a document in it) and its completeness, computed now. The firm's: members of
 * an LPO vendor's groups get 403 (a vendor's collection task shows its own list); 404 when the node is
 * in no case the caller can read.
 */
public final class ChecklistWebScript extends AbstractWebScript {

    private final AuthorityService authorityService;
    private final ChecklistAnswers answers;

    public ChecklistWebScript(AuthorityService authorityService, ChecklistAnswers answers) {
        this.authorityService = authorityService;
        this.answers = answers;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        if (FirmOnly.refused(authorityService, res)) {
            return;
        }
        NodeRef node;
        try {
            node = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("nodeRef"));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Optional<NodeRef> caseNode = answers.readableCaseOf(node);
        if (caseNode.isEmpty()) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(EvidenceMessages.format("checklist.no-case", node.toString())));
            return;
        }
        JsonExchange.write(res, Status.STATUS_OK, answers.of(caseNode.get(), node));
    }
}
