package org.lpodesk.alfresco.review;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.version.Version2Model;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.outsourcing.workflow.DeliveryPort;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.AttorneyApproval;

/**
 * {@link DeliveryPort}: an approved draft's content becomes exactly one new major version of the
 * case document it was copied from, or a new document, of the {@code imm} type of the task kind,
 * in the task kind's case folder (Drafts, or Evidence for collected documents; version 1.0). The attorney's approval is written before the
 * version is taken, with the label that version gets, so the live node and its frozen version
 * carry the same approval; the version is made as the approving attorney, and the vendor
 * associate who drafted it is recorded (cm:author on a new document, and the version's comment).
 * Auto-versioning is held off for the content write. The delivery key is recorded in the
 * attribute store with the result, so a retried job finds its delivery.
 */
public final class AlfrescoDelivery implements DeliveryPort {

    static final String KEY = "lpodesk.delivery";
    private static final String FIRST_VERSION = "1.0";

    private final NodeService nodeService;
    private final ContentService contentService;
    private final VersionService versionService;
    private final BehaviourFilter behaviourFilter;
    private final AttributeService attributeService;

    public AlfrescoDelivery(NodeService nodeService, ContentService contentService, VersionService versionService,
                            BehaviourFilter behaviourFilter, AttributeService attributeService) {
        this.nodeService = nodeService;
        this.contentService = contentService;
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
        return asApprover(d.approval().approver(), () -> {
            NodeRef draft = existing(d.draftId());
            String drafter = String.valueOf(nodeService.getProperty(draft, ContentModel.PROP_CREATOR));
            boolean intoSource = d.sourceDocumentId() != null && NodeRef.isNodeRef(d.sourceDocumentId())
                    && nodeService.exists(new NodeRef(d.sourceDocumentId()));
            NodeRef target = intoSource ? new NodeRef(d.sourceDocumentId()) : newDocument(d, draft, drafter);
            String label = intoSource ? nextMajor(target) : FIRST_VERSION;

            behaviourFilter.disableBehaviour(target, ContentModel.ASPECT_VERSIONABLE);
            try {
                // a draft without content (a record a vendor created but never wrote) delivers its metadata only
                ContentReader content = contentService.getReader(draft, ContentModel.PROP_CONTENT);
                if (content != null && content.exists()) {
                    contentService.getWriter(target, ContentModel.PROP_CONTENT, true).putContent(content);
                }
                writeApproval(target, d.approval(), label);
            } finally {
                behaviourFilter.enableBehaviour(target, ContentModel.ASPECT_VERSIONABLE);
            }
            Map<String, Serializable> versionProps = new HashMap<>();
            versionProps.put(Version2Model.PROP_VERSION_TYPE, VersionType.MAJOR);
            versionProps.put(Version.PROP_DESCRIPTION, "Approved by " + d.approval().approver() + "; drafted by "
                    + drafter + " (draft version " + d.draftVersionLabel() + ")");
            String made = versionService.createVersion(target, versionProps).getVersionLabel();
            if (!made.equals(label)) {
                // a label policy other than Alfresco's serial one: the live node must still name its version
                writeApproval(target, d.approval(), made);
            }
            attributeService.setAttribute(target + "|" + made, KEY, d.deliveryKey());
            return new DeliveredVersion(target.toString(), made);
        });
    }

    /**
     * The new version is the approving attorney's act. Alfresco records the fully authenticated
     * user (not a run-as user) as creator and modifier, and the delivery runs on the job executor
     * as whoever the engine runs it as, so the attorney is authenticated for the step.
     */
    private static <T> T asApprover(String approver, java.util.function.Supplier<T> work) {
        AuthenticationUtil.pushAuthentication();
        try {
            AuthenticationUtil.setFullyAuthenticatedUser(approver);
            return work.get();
        } finally {
            AuthenticationUtil.popAuthentication();
        }
    }

    /**
     * A document of the task kind's imm type in the kind's case folder (Drafts; Evidence for a
     * document collection), named as the draft. A collected document keeps the imm type the
     * vendor gave it and its checklist tags, so it counts for the case's checklist at once; a
     * translation link is not carried (it points into the assignment folder, which is emptied).
     */
    private NodeRef newDocument(Delivery d, NodeRef draft, String drafter) {
        NodeRef caseFolder = existing(d.caseId());
        CaseFolderTemplate into = d.taskKind() == null ? CaseFolderTemplate.DRAFTS : d.taskKind().deliveredInto();
        NodeRef sub = nodeService.getChildByName(caseFolder, ContentModel.ASSOC_CONTAINS, into.folderName(Locale.getDefault()));
        NodeRef folder = sub == null ? caseFolder : sub;
        QName type = d.taskKind() == null ? ImmModel.TYPE_DOCUMENT : deliveredType(d.taskKind(), nodeService.getType(draft));
        String name = freeName(folder, String.valueOf(nodeService.getProperty(draft, ContentModel.PROP_NAME)));
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        // versioned from its first version on, which is the approved one (no automatic initial version)
        props.put(ContentModel.PROP_INITIAL_VERSION, false);
        props.put(ContentModel.PROP_AUTO_VERSION, true);
        if (d.taskKind() != null && d.taskKind().keepsDocumentType()) {
            Map<QName, Serializable> draftProps = nodeService.getProperties(draft);
            for (QName tag : new QName[] {ImmModel.PROP_CHECKLIST_ITEMS, ImmModel.PROP_FOREIGN_LANGUAGE}) {
                if (draftProps.get(tag) != null) {
                    props.put(tag, draftProps.get(tag));
                }
            }
        }
        NodeRef created = nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)), type, props)
                .getChildRef();
        nodeService.addAspect(created, ContentModel.ASPECT_AUTHOR, Map.of(ContentModel.PROP_AUTHOR, drafter));
        return created;
    }

    /** Core's choice of type, {@code imm:<name>} in every case, as a QName. */
    private static QName deliveredType(TaskKind kind, QName draftType) {
        String draft = ImmModel.URI.equals(draftType.getNamespaceURI()) ? "imm:" + draftType.getLocalName() : draftType.toString();
        String delivered = kind.deliveredType(draft);
        return QName.createQName(ImmModel.URI, delivered.substring(delivered.indexOf(':') + 1));
    }

    private String freeName(NodeRef folder, String name) {
        if (nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, name) == null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            String candidate = base + " (" + i + ")" + extension;
            if (nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, candidate) == null) {
                return candidate;
            }
        }
    }

    /** The label Alfresco's serial policy gives the next major version: 1.3 becomes 2.0, none 1.0. */
    private String nextMajor(NodeRef node) {
        Serializable current = nodeService.getProperty(node, ContentModel.PROP_VERSION_LABEL);
        if (current == null || !versionService.isVersioned(node)) {
            return FIRST_VERSION;
        }
        String text = current.toString();
        int dot = text.indexOf('.');
        return (Integer.parseInt(dot < 0 ? text : text.substring(0, dot)) + 1) + ".0";
    }

    private void writeApproval(NodeRef target, AttorneyApproval a, String label) {
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
    }

    private NodeRef existing(String id) {
        if (id == null || !NodeRef.isNodeRef(id) || !nodeService.exists(new NodeRef(id))) {
            throw new IllegalArgumentException("'" + id + "' is not an existing node");
        }
        return new NodeRef(id);
    }
}
