package org.lpodesk.alfresco.review;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.DocumentVersion;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.review.workflow.WorkProductPort;

/**
 * {@link WorkProductPort} over nodes: the current version is {@code cm:versionLabel} (the
 * document is made versionable first, so there always is one); the drafters are the creator and
 * the modifier of every version; a review is stored in the {@code imm:attorneyApproval} aspect
 * and audited as an approval or a rejection.
 */
public final class AlfrescoWorkProduct implements WorkProductPort {

    private final NodeService nodeService;
    private final VersionService versionService;
    private final BehaviourFilter behaviourFilter;
    private final LpoDeskAudit audit;

    public AlfrescoWorkProduct(NodeService nodeService, VersionService versionService, BehaviourFilter behaviourFilter,
                               LpoDeskAudit audit) {
        this.nodeService = nodeService;
        this.versionService = versionService;
        this.behaviourFilter = behaviourFilter;
        this.audit = audit;
    }

    @Override
    public DocumentVersion currentVersion(String documentId) {
        NodeRef node = existing(documentId);
        if (!nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)) {
            versionService.ensureVersioningEnabled(node, null);
        }
        Serializable label = nodeService.getProperty(node, ContentModel.PROP_VERSION_LABEL);
        Set<String> drafters = new LinkedHashSet<>();
        addUser(drafters, nodeService.getProperty(node, ContentModel.PROP_CREATOR));
        addUser(drafters, nodeService.getProperty(node, ContentModel.PROP_MODIFIER));
        VersionHistory history = versionService.getVersionHistory(node);
        if (history != null) {
            for (Version version : history.getAllVersions()) {
                addUser(drafters, version.getFrozenModifier());
            }
        }
        return new DocumentVersion(documentId, label == null ? null : label.toString(), drafters);
    }

    @Override
    public void recordReview(String documentId, AttorneyApproval review) {
        NodeRef node = existing(documentId);
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ImmModel.PROP_APPROVER, review.approver());
        props.put(ImmModel.PROP_APPROVED_ON, Date.from(review.approvedAt()));
        props.put(ImmModel.PROP_APPROVAL_OUTCOME, review.outcome().name());
        props.put(ImmModel.PROP_APPROVAL_COMMENT, review.comment());
        props.put(ImmModel.PROP_APPROVED_VERSION_LABEL, review.approvedVersionLabel());
        // a review is not authorship: with cm:modifier left alone, the attorney who asked for changes
        // is not taken for a drafter of the draft and may approve its revision (a live ACS refused that)
        behaviourFilter.disableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        try {
            if (nodeService.hasAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                nodeService.addProperties(node, props);
            } else {
                nodeService.addAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL, props);
            }
        } finally {
            behaviourFilter.enableBehaviour(node, ContentModel.ASPECT_AUDITABLE);
        }
        audit.record(review.outcome() == ReviewOutcome.APPROVED ? LpoDeskAudit.Event.APPROVAL
                : LpoDeskAudit.Event.REJECTION, node, null, null,
                review.outcome().name() + " version " + review.approvedVersionLabel());
    }

    @Override
    public Optional<AttorneyApproval> review(String documentId) {
        return ApprovalAspect.read(nodeService, existing(documentId));
    }

    private NodeRef existing(String documentId) {
        if (documentId == null || !NodeRef.isNodeRef(documentId)) {
            throw new IllegalArgumentException("'" + documentId + "' is not a node reference");
        }
        NodeRef node = new NodeRef(documentId);
        if (!nodeService.exists(node)) {
            throw new IllegalArgumentException("Document " + documentId + " does not exist");
        }
        return node;
    }

    private static void addUser(Set<String> users, Serializable user) {
        if (user != null && !user.toString().isBlank()) {
            users.add(user.toString());
        }
    }
}
