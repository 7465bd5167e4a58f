package org.lpodesk.alfresco.sharing;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.CopyService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.outsourcing.workflow.SharingPort;

/**
 * {@link SharingPort} in the vendor's site. Each outsourced task gets the folder
 * {@code task-<processInstanceId>} in the site's document library, with inherited permissions
 * off: the vendor's site roles give nothing inside it, only the grants the workflow makes (the
 * assigned associate, the vendor's reviewers and managers) and the firm's attorneys and
 * paralegals. Case documents enter only as copies that carry {@code imm:lpoShare} (vendor, task,
 * original); the original is marked too. Nothing is ever granted on a firm node. Every share and
 * revoke is audited. Revocation archives the folder (see {@link #revokeAll}). Runs as the system user: the workflow step's user (a vendor manager or an
 * associate) may not set permissions, and the delegates have already applied the policies.
 */
public final class AlfrescoSharing implements SharingPort {

    static final String DOCUMENT_LIBRARY = SiteService.DOCUMENT_LIBRARY;
    static final String FOLDER_PREFIX = "task-";
    /** Alfresco's permission group of the same name (PermissionService has no constant for it). */
    static final String COLLABORATOR = "Collaborator";
    /** The folder in the Data Dictionary that keeps revoked assignment folders, one sub-folder per vendor. */
    static final String ARCHIVE = "LPO Desk assignment archive";
    private static final QName DATA_DICTIONARY = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "dictionary");

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final CopyService copyService;
    private final SiteService siteService;
    private final BehaviourFilter behaviourFilter;
    private final LpoDeskAudit audit;
    private final String sitePrefix;
    private final OwnableService ownableService;
    private final Repository repository;
    private final LeftoverAccess leftoverAccess;

    public AlfrescoSharing(NodeService nodeService, PermissionService permissionService, CopyService copyService,
                           SiteService siteService, BehaviourFilter behaviourFilter, LpoDeskAudit audit,
                           String sitePrefix, OwnableService ownableService, Repository repository,
                           LeftoverAccess leftoverAccess) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.copyService = copyService;
        this.siteService = siteService;
        this.behaviourFilter = behaviourFilter;
        this.audit = audit;
        this.sitePrefix = sitePrefix;
        this.ownableService = ownableService;
        this.repository = repository;
        this.leftoverAccess = leftoverAccess;
    }

    /**
     * The firm's records about a document (its approval, filing, sending) stay with the original:
     * the copy is working material. Copying them would also run the release check on the copy.
     */
    private static final QName[] FIRM_RECORD_ASPECTS = {ImmModel.ASPECT_FILING, ImmModel.ASPECT_SENT,
        ImmModel.ASPECT_ATTORNEY_APPROVAL, ImmModel.ASPECT_LPO_SHARE};

    @Override
    public String assignmentFolder(AssignmentFolderRequest request) {
        return AuthenticationUtil.runAsSystem(() -> {
            SiteInfo site = request.vendorSite() == null || !request.vendorSite().startsWith(sitePrefix) ? null
                    : siteService.getSite(request.vendorSite());
            if (site == null) {
                throw new IllegalStateException("Vendor site '" + request.vendorSite() + "' of vendor '"
                        + request.vendorId() + "' does not exist; onboard the vendor first.");
            }
            NodeRef library = siteService.getContainer(site.getShortName(), DOCUMENT_LIBRARY);
            if (library == null) {
                library = siteService.createContainer(site.getShortName(), DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER,
                        null);
            }
            String name = FOLDER_PREFIX + request.processInstanceId();
            NodeRef folder = nodeService.getChildByName(library, ContentModel.ASSOC_CONTAINS, name);
            if (folder == null) {
                Map<QName, Serializable> props = new HashMap<>();
                props.put(ContentModel.PROP_NAME, name);
                props.put(ContentModel.PROP_TITLE, folderTitle(request));
                folder = nodeService.createNode(library, ContentModel.ASSOC_CONTAINS,
                        QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)),
                        ContentModel.TYPE_FOLDER, props).getChildRef();
                permissionService.setInheritParentPermissions(folder, false);
                grantFirm(folder);
            }
            return folder.toString();
        });
    }

    /** What the vendor reads on its assignment folder: the task kind's label and the case number, no codes. */
    private String folderTitle(AssignmentFolderRequest request) {
        String title = ListLabels.of("immwf:taskKinds", request.taskKind());
        NodeRef caseNode = request.caseId() == null || request.caseId().isBlank() || !NodeRef.isNodeRef(request.caseId())
                ? null : new NodeRef(request.caseId());
        Serializable number = caseNode != null && nodeService.exists(caseNode)
                ? nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER) : null;
        return number == null ? title : title + " - " + number;
    }

    @Override
    public Set<String> copiedDocuments(String folderId) {
        return AuthenticationUtil.runAsSystem(() -> {
            Set<String> originals = new LinkedHashSet<>();
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder(folderId))) {
                Serializable from = nodeService.getProperty(child.getChildRef(), ImmModel.PROP_SHARED_FROM);
                if (from != null) {
                    originals.add(from.toString());
                }
            }
            return originals;
        });
    }

    @Override
    public String copy(String documentId, String folderId, String taskKind) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef original = existing(documentId);
            NodeRef folder = folder(folderId);
            NodeRef copy;
            for (QName aspect : FIRM_RECORD_ASPECTS) {
                behaviourFilter.disableBehaviour(aspect);
            }
            try {
                copy = copyService.copyAndRename(original, folder, ContentModel.ASSOC_CONTAINS,
                        nodeService.getPrimaryParent(original).getQName(), false);
                for (QName aspect : FIRM_RECORD_ASPECTS) {
                    if (nodeService.hasAspect(copy, aspect)) {
                        nodeService.removeAspect(copy, aspect);
                    }
                }
            } finally {
                for (QName aspect : FIRM_RECORD_ASPECTS) {
                    behaviourFilter.enableBehaviour(aspect);
                }
            }
            String vendor = vendorOf(folder);
            String task = taskOf(folder);
            Map<QName, Serializable> share = new HashMap<>();
            share.put(ImmModel.PROP_SHARED_WITH_VENDOR, vendor);
            share.put(ImmModel.PROP_SHARED_FOR_TASK, task);
            share.put(ImmModel.PROP_SHARED_ON, new Date());
            share.put(ImmModel.PROP_SHARED_TASK_KIND, taskKind);
            Map<QName, Serializable> onCopy = new HashMap<>(share);
            onCopy.put(ImmModel.PROP_SHARED_FROM, original);
            // what the vendor received: a copy whose content is still this is no draft, whatever
            // else (a review record, a workflow package) touched it
            String received = contentUrl(copy);
            if (received != null) {
                onCopy.put(ImmModel.PROP_SHARED_CONTENT, received);
            }
            nodeService.addAspect(copy, ImmModel.ASPECT_LPO_SHARE, onCopy);
            // a share again after an earlier one ended: the record describes the live share
            nodeService.removeProperty(original, ImmModel.PROP_SHARE_ENDED_ON);
            nodeService.addAspect(original, ImmModel.ASPECT_LPO_SHARE, share);
            audit.record(LpoDeskAudit.Event.SHARE, original, vendor, task, "copied to " + copy);
            return copy.toString();
        });
    }

    @Override
    public void grant(String folderId, String authority, AccessRole role) {
        AuthenticationUtil.runAsSystem(() -> {
            NodeRef folder = folder(folderId);
            String permission = role == AccessRole.COLLABORATOR ? COLLABORATOR
                    : PermissionService.CONSUMER;
            permissionService.setPermission(folder, authority, permission, true);
            audit.record(LpoDeskAudit.Event.SHARE, folder, vendorOf(folder), taskOf(folder),
                    permission + " for " + authority);
            return null;
        });
    }

    /**
     * Takes every vendor permission off the folder and everything in it, and moves the folder into
     * {@code Data Dictionary/}{@value #ARCHIVE}{@code /<vendor>}, which only the firm's groups read.
     * The node keeps its id, so the workflow, the audit trail and the shared copies' links still
     * find it. A folder already archived is left alone: the close step and the process end
     * listener both revoke, and a retried job revokes again.
     *
     * <p>Why the firm's Data Dictionary and not an archive folder in the vendor's site: the folder
     * is the firm's record of what it showed the vendor and what came back (Rule 1.6, breach
     * response), so it must outlive the vendor; a vendor site is deleted when the vendor is
     * offboarded, and its site managers are the vendor's people. The Data Dictionary is the
     * firm's own hidden area, which no vendor role reaches.
     *
     * <p>Why every node inside is touched: a public link or a vendor user's working copy would
     * outlive the permissions ({@link LeftoverAccess} closes both); a vendor user who created a
     * draft is its owner, and Alfresco gives an owner full control of the node whatever its permissions say; the owner
     * becomes the system user, and explicit permissions an owner may have set are removed, so
     * inside the archive only the archive's permissions apply.
     */
    @Override
    public void revokeAll(String folderId) {
        AuthenticationUtil.runAsSystem(() -> {
            NodeRef folder = existing(folderId);
            if (archived(folder)) {
                return null;
            }
            folder = folder(folderId);
            String vendor = vendorOf(folder);
            String task = taskOf(folder);
            nodeService.moveNode(folder, archiveOf(vendor), ContentModel.ASSOC_CONTAINS,
                    nodeService.getPrimaryParent(folder).getQName());
            StringBuilder closed = new StringBuilder();
            for (NodeRef node : subtree(folder)) {
                if (!nodeService.exists(node)) {
                    continue; // a working copy cancelled above it
                }
                closed.append(leftoverAccess.close(node));
                endShareOfOriginal(node, task);
                if (!nodeService.exists(node)) {
                    continue;
                }
                permissionService.deletePermissions(node);
                permissionService.setInheritParentPermissions(node, true);
                ownableService.setOwner(node, AuthenticationUtil.getSystemUserName());
            }
            audit.record(LpoDeskAudit.Event.REVOKE, folder, vendor, task,
                    closed + "all vendor access removed; folder archived in " + ARCHIVE + "/" + vendor);
            return null;
        });
    }

    /**
     * The firm original of a shared copy keeps the record of the share (vendor, task, task kind,
     * shared on) and learns when it ended, so no indicator claims a live share after the task
     * closed or was cancelled. An original shared again for another task since is left alone.
     */
    private void endShareOfOriginal(NodeRef copy, String task) {
        Serializable from = nodeService.getProperty(copy, ImmModel.PROP_SHARED_FROM);
        if (from instanceof NodeRef original && nodeService.exists(original)
                && task.equals(nodeService.getProperty(original, ImmModel.PROP_SHARED_FOR_TASK))
                && nodeService.getProperty(original, ImmModel.PROP_SHARE_ENDED_ON) == null) {
            behaviourFilter.disableBehaviour(original, ContentModel.ASPECT_AUDITABLE);
            try {
                nodeService.setProperty(original, ImmModel.PROP_SHARE_ENDED_ON, new Date());
            } finally {
                behaviourFilter.enableBehaviour(original, ContentModel.ASPECT_AUDITABLE);
            }
        }
    }

    private boolean archived(NodeRef folder) {
        NodeRef root = archiveRoot(false);
        if (root == null) {
            return false;
        }
        ChildAssociationRef vendorFolder = nodeService.getPrimaryParent(nodeService.getPrimaryParent(folder).getParentRef());
        return vendorFolder != null && root.equals(vendorFolder.getParentRef());
    }

    /** The vendor's folder of the archive, created on first use; it inherits the archive's firm-only permissions. */
    private NodeRef archiveOf(String vendor) {
        NodeRef root = archiveRoot(true);
        NodeRef folder = nodeService.getChildByName(root, ContentModel.ASSOC_CONTAINS, vendor);
        return folder != null ? folder : createFolder(root, vendor);
    }

    private NodeRef archiveRoot(boolean create) {
        List<ChildAssociationRef> dictionary = nodeService.getChildAssocs(repository.getCompanyHome(),
                ContentModel.ASSOC_CONTAINS, DATA_DICTIONARY);
        if (dictionary.isEmpty()) {
            throw new IllegalStateException("The repository has no Data Dictionary; the assignment archive cannot be kept");
        }
        NodeRef parent = dictionary.get(0).getChildRef();
        NodeRef root = nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, ARCHIVE);
        if (root == null && create) {
            root = createFolder(parent, ARCHIVE);
            // the Data Dictionary lets everyone read; the archive lets only the firm read
            permissionService.setInheritParentPermissions(root, false);
            for (FirmGroup group : FirmGroup.values()) {
                permissionService.setPermission(root, group.authority(), PermissionService.CONSUMER, true);
            }
        }
        return root;
    }

    private NodeRef createFolder(NodeRef parent, String name) {
        return nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)),
                ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name)).getChildRef();
    }

    /** The folder and every node under it (primary children only). */
    private List<NodeRef> subtree(NodeRef folder) {
        List<NodeRef> nodes = new ArrayList<>();
        Deque<NodeRef> open = new ArrayDeque<>(List.of(folder));
        while (!open.isEmpty()) {
            NodeRef node = open.pop();
            nodes.add(node);
            for (ChildAssociationRef child : nodeService.getChildAssocs(node)) {
                if (child.isPrimary()) {
                    open.push(child.getChildRef());
                }
            }
        }
        return nodes;
    }

    @Override
    public List<String> documentsIn(String folderId) {
        return AuthenticationUtil.runAsSystem(() -> {
            List<NodeRef> documents = new ArrayList<>();
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder(folderId))) {
                if (isDocument(child.getChildRef())) {
                    documents.add(child.getChildRef());
                }
            }
            documents.sort(java.util.Comparator.comparing(
                    (NodeRef d) -> String.valueOf(nodeService.getProperty(d, ContentModel.PROP_NAME))));
            return documents.stream().map(NodeRef::toString).toList();
        });
    }

    private String contentUrl(NodeRef doc) {
        Serializable content = nodeService.getProperty(doc, ContentModel.PROP_CONTENT);
        return content instanceof ContentData data ? data.getContentUrl() : null;
    }

    private boolean isDocument(NodeRef node) {
        QName type = nodeService.getType(node);
        return ContentModel.TYPE_CONTENT.equals(type) || type.getNamespaceURI().equals(ImmModel.URI);
    }

    @Override
    public List<Draft> drafts(String folderId) {
        return AuthenticationUtil.runAsSystem(() -> {
            List<Draft> drafts = new ArrayList<>();
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder(folderId))) {
                NodeRef doc = child.getChildRef();
                if (!isDocument(doc)) {
                    continue;
                }
                Serializable from = nodeService.getProperty(doc, ImmModel.PROP_SHARED_FROM);
                if (from == null) {
                    drafts.add(new Draft(doc.toString(), null));
                } else if (changedSinceShared(doc)) {
                    drafts.add(new Draft(doc.toString(), from.toString()));
                }
            }
            return drafts;
        });
    }

    private boolean changedSinceShared(NodeRef doc) {
        Serializable received = nodeService.getProperty(doc, ImmModel.PROP_SHARED_CONTENT);
        if (received != null) {
            return !received.equals(contentUrl(doc));
        }
        // a copy shared before the content was recorded: its last modification tells
        Date shared = (Date) nodeService.getProperty(doc, ImmModel.PROP_SHARED_ON);
        Date modified = (Date) nodeService.getProperty(doc, ContentModel.PROP_MODIFIED);
        return shared == null || modified == null || modified.after(shared);
    }

    private void grantFirm(NodeRef folder) {
        permissionService.setPermission(folder, FirmGroup.ATTORNEYS.authority(), PermissionService.COORDINATOR, true);
        permissionService.setPermission(folder, FirmGroup.PARALEGALS.authority(), PermissionService.CONSUMER, true);
    }

    private String vendorOf(NodeRef folder) {
        SiteInfo site = siteService.getSite(folder);
        String shortName = site == null ? "" : site.getShortName();
        return shortName.startsWith(sitePrefix) ? shortName.substring(sitePrefix.length()) : shortName;
    }

    private String taskOf(NodeRef folder) {
        String name = String.valueOf(nodeService.getProperty(folder, ContentModel.PROP_NAME));
        return name.startsWith(FOLDER_PREFIX) ? name.substring(FOLDER_PREFIX.length()) : name;
    }

    /** Grants and copies go only into a task folder of a vendor site: never into a firm site. */
    private NodeRef folder(String folderId) {
        NodeRef folder = existing(folderId);
        SiteInfo site = siteService.getSite(folder);
        if (site == null || !site.getShortName().startsWith(sitePrefix) || !String.valueOf(
                nodeService.getProperty(folder, ContentModel.PROP_NAME)).startsWith(FOLDER_PREFIX)) {
            throw new IllegalArgumentException(folderId + " is not an assignment folder in a vendor site ("
                    + sitePrefix + "<vendor>); nothing was shared or granted");
        }
        return folder;
    }

    private NodeRef existing(String id) {
        if (id == null || !NodeRef.isNodeRef(id) || !nodeService.exists(new NodeRef(id))) {
            throw new IllegalArgumentException("'" + id + "' is not an existing node");
        }
        return new NodeRef(id);
    }

}
