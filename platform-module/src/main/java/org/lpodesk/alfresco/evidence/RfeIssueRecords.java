package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.evidence.rfe.PartialResponse;
import org.lpodesk.evidence.rfe.RfeIssue;

/**
 * A notice's {@code imm:rfeIssue} records as core's {@link RfeIssue}s, each with the names of its
 * exhibits: the filing guard and the vendor's delivery check read them the same way.
 */
public final class RfeIssueRecords {

    /** An issue as core reads it, with the node it is stored in. */
    public record Recorded(NodeRef node, RfeIssue issue) {
    }

    private final NodeService nodeService;

    /** @param nodeService the internal node service: every issue and exhibit counts, whoever asks */
    public RfeIssueRecords(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    List<RfeIssue> of(NodeRef notice) {
        return recorded(notice).stream().map(Recorded::issue).toList();
    }

    /** The notice's issues with their nodes (the case page edits each through its node). */
    public List<Recorded> recorded(NodeRef notice) {
        List<Recorded> issues = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(notice, ImmModel.ASSOC_RFE_ISSUES,
                RegexQNamePattern.MATCH_ALL)) {
            NodeRef issue = child.getChildRef();
            Map<QName, Serializable> p = nodeService.getProperties(issue);
            List<String> exhibits = new ArrayList<>();
            for (AssociationRef exhibit : nodeService.getTargetAssocs(issue, ImmModel.ASSOC_ISSUE_EXHIBITS)) {
                exhibits.add(text(nodeService.getProperty(exhibit.getTargetRef(), ContentModel.PROP_NAME)));
            }
            issues.add(new Recorded(issue, new RfeIssue(p.get(ImmModel.PROP_ISSUE_NUMBER) instanceof Number n ? n.intValue() : 0,
                    text(p.get(ImmModel.PROP_ISSUE_REQUIREMENT)), text(p.get(ImmModel.PROP_ISSUE_MISSING_EVIDENCE)),
                    text(p.get(ImmModel.PROP_ISSUE_EXAMPLES)), exhibits)));
        }
        return issues;
    }

    /** The attorney's partial-response decision recorded on a response (or a draft of one), if any. */
    static PartialResponse partial(Map<QName, Serializable> response) {
        return Boolean.TRUE.equals(response.get(ImmModel.PROP_PARTIAL_RESPONSE))
                ? new PartialResponse(true, text(response.get(ImmModel.PROP_PARTIAL_RESPONSE_REASON)),
                        text(response.get(ImmModel.PROP_PARTIAL_RESPONSE_BY)))
                : PartialResponse.NONE;
    }

    static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
