package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.rfe.RfeIssueRules;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/notices/issues?notice=<nodeRef>}: records the next issue of a notice that
 * asks for evidence, numbered by the repository after the issues already there. Share's create form
 * of {@code imm:rfeIssue} posts here (its field names, {@code prop_imm_issueRequirement}, ...);
 * integrators may send {@code requirement}, {@code missingEvidence}, {@code examples}. A form
 * processor cannot do it: Share's creates every node under {@code cm:contains}, and an issue is a
 * child of its notice under {@code imm:rfeIssues}.
 *
 * <p>The issue is created as the caller, so the notice's own permissions decide who may add one;
 * {@link RfeIssueGuard} holds the same rules for every other way in.
 */
public final class RfeIssueWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final NodeService internalNodeService;
    private final PermissionService permissionService;
    private final RfeIssueRules rules = new RfeIssueRules();

    /**
     * @param nodeService         the permission-checked node service, which creates the issue as the caller
     * @param internalNodeService reads the numbers already taken, including issues the caller cannot see
     */
    public RfeIssueWebScript(NodeService nodeService, NodeService internalNodeService, PermissionService permissionService) {
        this.nodeService = nodeService;
        this.internalNodeService = internalNodeService;
        this.permissionService = permissionService;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef notice;
        String requirement;
        String missingEvidence;
        String examples;
        try {
            notice = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("notice"));
            RequestArguments body = RequestArguments.of(JsonExchange.body(req));
            requirement = field(body, "requirement", ImmModel.PROP_ISSUE_REQUIREMENT);
            missingEvidence = field(body, "missingEvidence", ImmModel.PROP_ISSUE_MISSING_EVIDENCE);
            examples = field(body, "examples", ImmModel.PROP_ISSUE_EXAMPLES);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (!internalNodeService.exists(notice)
                || permissionService.hasPermission(notice, PermissionService.READ_PROPERTIES) != AccessStatus.ALLOWED) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException(EvidenceMessages.format("rfe.issue.no-notice", notice)));
            return;
        }
        String noticeName = String.valueOf(internalNodeService.getProperty(notice, ContentModel.PROP_NAME));
        if (permissionService.hasPermission(notice, PermissionService.CREATE_CHILDREN) != AccessStatus.ALLOWED) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN,
                    new NotAllowedException(EvidenceMessages.format("rfe.issue.not-allowed", noticeName)));
            return;
        }
        Serializable kind = ImmModel.TYPE_USCIS_NOTICE.equals(internalNodeService.getType(notice))
                ? internalNodeService.getProperty(notice, ImmModel.PROP_NOTICE_KIND) : null;
        List<Integer> taken = new RfeIssueRecords(internalNodeService).of(notice).stream()
                .map(issue -> issue.number()).toList();
        int number = RfeIssueRules.nextNumber(taken);
        try {
            rules.checkIssue(noticeName, kind == null ? null : kind.toString(), number, requirement, taken);
        } catch (InvalidArgumentException refused) {
            JsonExchange.error(res, refused.refusalKind().httpStatus(), refused);
            return;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, "issue-" + number);
        props.put(ImmModel.PROP_ISSUE_NUMBER, number);
        props.put(ImmModel.PROP_ISSUE_REQUIREMENT, requirement.strip());
        props.put(ImmModel.PROP_ISSUE_MISSING_EVIDENCE, missingEvidence);
        props.put(ImmModel.PROP_ISSUE_EXAMPLES, examples);
        NodeRef issue = nodeService.createNode(notice, ImmModel.ASSOC_RFE_ISSUES,
                QName.createQName(ImmModel.URI, "issue-" + number), ImmModel.TYPE_RFE_ISSUE, props).getChildRef();
        Map<String, Object> answer = new HashMap<>();
        answer.put("persistedObject", issue.toString());
        answer.put("notice", notice.toString());
        answer.put("number", number);
        answer.put("message", EvidenceMessages.format("rfe.issue.recorded", number, noticeName));
        JsonExchange.write(res, Status.STATUS_OK, answer);
    }

    /** The form's field ({@code prop_imm_issueRequirement}) or the plain name; trimmed, "" when absent. */
    private static String field(RequestArguments body, String plain, QName property) {
        return body.optionalText("prop_" + ImmModel.PREFIX + "_" + property.getLocalName())
                .or(() -> body.optionalText(plain)).orElse("").strip();
    }
}
