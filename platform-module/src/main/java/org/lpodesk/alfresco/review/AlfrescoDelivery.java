package org.lpodesk.alfresco.review;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.CopyService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.outsourcing.workflow.DeliveryPort;
import org.lpodesk.review.AttorneyApproval;

/**
 * {@link DeliveryPort}: an approved draft's content becomes a new major version of the case
 * document it was copied from, or a new document in the case folder; the attorney's approval is
 * written on that node with the new version's own label. Auto-versioning is held off for the
 * write so that exactly one version, the one the approval names, is created. The delivery key is
 * recorded in the attribute store with the result, so a retried job finds its delivery.
 */
public final class AlfrescoDelivery implements DeliveryPort {

    static final String KEY = "lpodesk.delivery";

    private final NodeService nodeService;
    private final ContentService contentService;
    private final CopyService copyService;
    private final VersionService versionService;
    private final BehaviourFilter behaviourFilter;
    private final AttributeService attributeService;

    public AlfrescoDelivery(NodeService nodeService, ContentService contentService, CopyService copyService,
                            VersionService versionService, BehaviourFilter behaviourFilter,
                            AttributeService attributeService) {
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.copyService = copyService;
        this.versionService = versionService;
        this.behaviourFilter = behaviourFilter;
        this.attributeService = attributeService;
    }

    @Override
    public Optional<DeliveredVersion> findDelivery(String deliveryKey) {
        Serializable stored = attributeService.getAttribute(KEY, deliveryKey);
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.toString().split("\\|", 2);
        return Optional.of(new DeliveredVersion(parts[0], parts[1]));
    }

    @Override
    public DeliveredVersion deliver(Delivery d) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef draft = existing(d.draftId());
            NodeRef target;
            if (d.sourceDocumentId() != null && NodeRef.isNodeRef(d.sourceDocumentId())
                    && nodeService.exists(new NodeRef(d.sourceDocumentId()))) {
                target = new NodeRef(d.sourceDocumentId());
                versionService.ensureVersioningEnabled(target, null);
                behaviourFilter.disableBehaviour(target, ContentModel.ASPECT_VERSIONABLE);
                try {
                    contentService.getWriter(target, ContentModel.PROP_CONTENT, true)
                            .putContent(contentService.getReader(draft, ContentModel.PROP_CONTENT));
                } finally {
                    behaviourFilter.enableBehaviour(target, ContentModel.ASPECT_VERSIONABLE);
                }
            } else {
                NodeRef caseFolder = existing(d.caseId());
                target = copyService.copyAndRename(draft, caseFolder, ContentModel.ASSOC_CONTAINS,
                        nodeService.getPrimaryParent(draft).getQName(), false);
                nodeService.removeAspect(target, ImmModel.ASPECT_LPO_SHARE);
                versionService.ensureVersioningEnabled(target, null);
            }
            Map<String, Serializable> versionProps = new HashMap<>();
            versionProps.put(Version2Model.PROP_VERSION_TYPE, VersionType.MAJOR);
            versionProps.put(Version.PROP_DESCRIPTION, "Approved by " + d.approval().approver()
                    + " (draft version " + d.draftVersionLabel() + ")");
            String label = versionService.createVersion(target, versionProps).getVersionLabel();
            AttorneyApproval a = d.approval();
            Map<QName, Serializable> approval = new HashMap<>();
            approval.put(ImmModel.PROP_APPROVER, a.approver());
            approval.put(ImmModel.PROP_APPROVED_ON, Date.from(a.approvedAt()));
            approval.put(ImmModel.PROP_APPROVAL_OUTCOME, a.outcome().name());
            approval.put(ImmModel.PROP_APPROVAL_COMMENT, a.comment());
            approval.put(ImmModel.PROP_APPROVED_VERSION_LABEL, label);
            if (nodeService.hasAspect(target, ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                nodeService.addProperties(target, approval); // replaces the review of an earlier version
            } else {
                nodeService.addAspect(target, ImmModel.ASPECT_ATTORNEY_APPROVAL, approval);
            }
            attributeService.setAttribute(target + "|" + label, KEY, d.deliveryKey());
            return new DeliveredVersion(target.toString(), label);
        });
    }

    private NodeRef existing(String id) {
        if (id == null || !NodeRef.isNodeRef(id) || !nodeService.exists(new NodeRef(id))) {
            throw new IllegalArgumentException("'" + id + "' is not an existing node");
        }
        return new NodeRef(id);
    }
}
