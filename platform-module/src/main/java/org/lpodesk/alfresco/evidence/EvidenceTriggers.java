package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.cases.PendingCases;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.firm.FirmGroup;

/**
 * Keeps every case's evidence completeness current, whoever changed what and through which door
 * (Share's forms, CMIS, REST, a rule, the kit): a tagged document created, re-tagged, marked foreign
 * language, given or losing its certified translation, moved, deleted or restored; a waiver recorded
 * or withdrawn; the case type changed. Tags of a document in a case are checked when they are written
 * or the document arrives in the case (an item of the case's checklist that the document's type can
 * satisfy), so a bad tag is refused with its reason and nothing is stored. The final-merits note is
 * the attorneys' to write.
 * Cases are recomputed once each just before commit, with every change of the transaction in place.
 */
public final class EvidenceTriggers implements
        NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.OnMoveNodePolicy, NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.OnCreateAssociationPolicy, NodeServicePolicies.OnDeleteAssociationPolicy,
        NodeServicePolicies.OnAddAspectPolicy, NodeServicePolicies.OnRemoveAspectPolicy {


    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final CaseTree caseTree;
    private final ChecklistCatalogue catalogue;
    private final CaseEvidence evidence;
    private final PendingCases pending;

    public EvidenceTriggers(PolicyComponent policyComponent, NodeService nodeService, AuthorityService authorityService,
                            CaseTree caseTree, ChecklistCatalogue catalogue, CaseEvidence evidence,
                            EvidenceCompletenessKeeper keeper) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.caseTree = caseTree;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.pending = new PendingCases(EvidenceTriggers.class.getName() + ".pending", nodeService,
                caseNode -> keeper.recompute(caseNode));
    }

    public void init() {
        QName tags = ImmModel.ASPECT_EVIDENCE_TAGS;
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, tags, "onCreateNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, tags, "onUpdateProperties");
        bind(NodeServicePolicies.OnMoveNodePolicy.QNAME, tags, "onMoveNode");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, tags, "beforeDeleteNode");
        bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, tags, "onAddAspect");
        bind(NodeServicePolicies.OnRemoveAspectPolicy.QNAME, tags, "onRemoveAspect");
        for (QName policy : List.of(NodeServicePolicies.OnCreateAssociationPolicy.QNAME,
                NodeServicePolicies.OnDeleteAssociationPolicy.QNAME)) {
            String method = policy.equals(NodeServicePolicies.OnCreateAssociationPolicy.QNAME) ? "onCreateAssociation"
                    : "onDeleteAssociation";
            policyComponent.bindAssociationBehaviour(policy, tags, ImmModel.ASSOC_CERTIFIED_TRANSLATION,
                    new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
        }
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_EVIDENCE_WAIVER, "onCreateNode");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, ImmModel.TYPE_EVIDENCE_WAIVER, "beforeDeleteNode");
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_CASE, "onCreateNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_CASE, "onUpdateProperties");
    }

    private void bind(QName policy, QName type, String method) {
        policyComponent.bindClassBehaviour(policy, type, new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef node = childAssocRef.getChildRef();
        if (ImmModel.TYPE_CASE.equals(nodeService.getType(node))) {
            pend(node);
        } else if (ImmModel.TYPE_EVIDENCE_WAIVER.equals(nodeService.getType(node))) {
            pend(childAssocRef.getParentRef());
        } else {
            pendIfTagged(node);
        }
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (ImmModel.TYPE_CASE.equals(nodeService.getType(node))) {
            // Share's case edit form sends an untouched empty note as "": only a real change is the attorney's
            // (a live Share refused every paralegal's case edit with 403)
            if (!text(before.get(ImmModel.PROP_FINAL_MERITS_NOTE)).equals(text(after.get(ImmModel.PROP_FINAL_MERITS_NOTE)))) {
                refuseNonAttorney(node);
            }
            if (changed(before, after, ImmModel.PROP_CASE_TYPE)) {
                pend(node);
            }
            return;
        }
        // by meaning, not by stored value: a new document's properties go from nothing to an empty tag
        // list and to "not foreign", which changes nothing, yet walked the whole case for each upload
        List<String> itemsAfter = items(after.get(ImmModel.PROP_CHECKLIST_ITEMS));
        if (!new HashSet<>(items(before.get(ImmModel.PROP_CHECKLIST_ITEMS))).equals(new HashSet<>(itemsAfter))) {
            checkTags(node, itemsAfter);
            pendCaseOf(node);
        } else if (Boolean.TRUE.equals(before.get(ImmModel.PROP_FOREIGN_LANGUAGE))
                != Boolean.TRUE.equals(after.get(ImmModel.PROP_FOREIGN_LANGUAGE))) {
            pendCaseOf(node);
        }
    }

    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef) {
        pendCaseOf(oldChildAssocRef.getParentRef());
        NodeRef node = newChildAssocRef.getChildRef();
        // tags name items of the checklist the document was tagged for: another case's checklist may not have them
        checkTags(node, items(nodeService.getProperty(node, ImmModel.PROP_CHECKLIST_ITEMS)));
        pendCaseOf(node);
    }

    @Override
    public void beforeDeleteNode(NodeRef node) {
        if (ImmModel.TYPE_EVIDENCE_WAIVER.equals(nodeService.getType(node))) {
            ChildAssociationRef parent = nodeService.getPrimaryParent(node);
            if (parent != null) {
                pend(parent.getParentRef());
            }
            return;
        }
        pendCaseOf(node);
    }

    @Override
    public void onCreateAssociation(AssociationRef link) {
        pendCaseOf(link.getSourceRef());
    }

    @Override
    public void onDeleteAssociation(AssociationRef link) {
        pendCaseOf(link.getSourceRef());
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        pendIfTagged(node);
    }

    /**
     * A document arriving with tags is checked and its case recomputed; one without tags counts for
     * nothing in the case's completeness, so its case is left alone (uploads into a case measured 0.80
     * of plain uploads, the same typed documents outside a case 0.94: the recomputation read the whole
     * case for no change). Its tags, when written later, go through onUpdateProperties.
     */
    private void pendIfTagged(NodeRef node) {
        List<String> items = items(nodeService.getProperty(node, ImmModel.PROP_CHECKLIST_ITEMS));
        if (items.isEmpty()) {
            return;
        }
        checkTags(node, items);
        pendCaseOf(node);
    }

    @Override
    public void onRemoveAspect(NodeRef node, QName aspect) {
        pendCaseOf(node);
    }

    /**
     * Refuses items the document's case does not list or its type cannot satisfy; no items is always
     * fine. Outside a case tags are kept and count for nothing: the copy a vendor receives in its
     * assignment folder carries the original's tags, and a document moved out of a case keeps them.
     */
    private void checkTags(NodeRef document, Collection<String> items) {
        if (items.isEmpty() || !inWorkspace(document) || !nodeService.exists(document)) {
            return;
        }
        NodeRef caseNode = AuthenticationUtil.runAsSystem(() -> caseTree.enclosingCase(document).orElse(null));
        if (caseNode == null) {
            return;
        }
        String documentType = evidence.typeName(document);
        ModelRefusal.run(() -> catalogue.checklistOf(caseNode).validateTag(documentType, items));
    }

    private void refuseNonAttorney(NodeRef caseNode) {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (AuthenticationUtil.isRunAsUserTheSystemUser() || authorityService.hasAdminAuthority()) {
            return;
        }
        if (!authorityService.getAuthoritiesForUser(user).contains(FirmGroup.ATTORNEYS.authority())) {
            throw ModelRefusal.because(new NotAllowedException(EvidenceMessages.format("merits.attorneys-only", user)));
        }
    }

    private void pendCaseOf(NodeRef node) {
        if (inWorkspace(node) && nodeService.exists(node)) {
            AuthenticationUtil.runAsSystem(() -> {
                caseTree.enclosingCase(node).ifPresent(this::pend);
                return null;
            });
        }
    }

    private void pend(NodeRef caseNode) {
        pending.pend(caseNode);
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString().strip();
    }

    private static boolean changed(Map<QName, Serializable> before, Map<QName, Serializable> after, QName property) {
        return !Objects.equals(before.get(property), after.get(property));
    }

    @SuppressWarnings("unchecked")
    static List<String> items(Serializable value) {
        if (value instanceof Collection<?> list) {
            return ((Collection<Object>) list).stream().filter(Objects::nonNull).map(String::valueOf)
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().trim());
    }

    private static boolean inWorkspace(NodeRef node) {
        return StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef());
    }
}
