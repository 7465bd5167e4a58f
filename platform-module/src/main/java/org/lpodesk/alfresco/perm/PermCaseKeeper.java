package org.lpodesk.alfresco.perm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.PendingCases;
import org.lpodesk.alfresco.deadline.CaseDeadlineKeeper;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.cases.CaseType;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.perm.PermInputRules;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermTimeline;
import org.lpodesk.perm.PermTracker;

/**
 * Keeps a PERM case's timeline true whoever writes its record (Share's forms, CMIS, REST): every
 * PERM case carries {@code imm:permCase}; a change of the record or of a step is judged and the
 * timeline recomputed once, just before the transaction commits, when every change of it is in
 * place (a filing and its certification entered together are judged together). Impossible facts
 * are refused and roll the transaction back; the computed window, violations and next clock are
 * stored on the case for CMIS and the case list, and the case deadline follows.
 */
public final class PermCaseKeeper implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.OnAddAspectPolicy {

    /**
     * The facts the timeline is computed from (and the case number its steps carry): a change of
     * anything else on the case (what the repository itself computes, the case deadline, the
     * evidence completeness) recomputes nothing.
     */
    private static final Set<QName> INPUTS = Set.of(ImmModel.PROP_PWD_DETERMINED_ON, ImmModel.PROP_PWD_VALID_UNTIL,
            ImmModel.PROP_PWD_WAGE, ImmModel.PROP_PWD_WAGE_UNIT, ImmModel.PROP_PWD_WAGE_LEVEL, ImmModel.PROP_PWD_CASE_NUMBER,
            ImmModel.PROP_ETA9089_FILED_ON, ImmModel.PROP_FLAG_CASE_NUMBER, ImmModel.PROP_AUDIT_LETTER_ON,
            ImmModel.PROP_AUDIT_RESPONSE_ON, ImmModel.PROP_LABOR_CERTIFIED_ON, ImmModel.PROP_I140_FILED_ON,
            ImmModel.PROP_CASE_NUMBER);

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final PermRecords records;
    private final PermTracker tracker;
    private final CaseDeadlineKeeper caseDeadlines;
    private final Locale firmLocale;
    private final PermInputRules rules = new PermInputRules();
    private final PendingCases pending;

    /** @param nodeService the internal node service: the rules hold whoever writes */
    public PermCaseKeeper(PolicyComponent policyComponent, NodeService nodeService, PermRecords records, PermTracker tracker,
                          CaseDeadlineKeeper caseDeadlines, String firmLocaleTag) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.records = records;
        this.tracker = tracker;
        this.caseDeadlines = caseDeadlines;
        this.firmLocale = Locale.forLanguageTag(firmLocaleTag);
        this.pending = new PendingCases(PermCaseKeeper.class.getName() + ".pending", nodeService, this::recompute);
    }

    public void init() {
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_CASE, "onCreateNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_CASE, "onUpdateProperties");
        bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, ImmModel.ASPECT_PERM_CASE, "onAddAspect");
        bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_RECRUITMENT_STEP, "onCreateNode");
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_RECRUITMENT_STEP, "onUpdateProperties");
        bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, ImmModel.TYPE_RECRUITMENT_STEP, "beforeDeleteNode");
    }

    private void bind(QName policy, QName type, String method) {
        policyComponent.bindClassBehaviour(policy, type, new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef created) {
        NodeRef node = created.getChildRef();
        if (ImmModel.TYPE_RECRUITMENT_STEP.equals(nodeService.getType(node))) {
            pending.pend(created.getParentRef());
        } else {
            markPermCase(node);
        }
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!inWorkspace(node) || !nodeService.exists(node)) {
            return;
        }
        if (ImmModel.TYPE_RECRUITMENT_STEP.equals(nodeService.getType(node))) {
            if (!before.isEmpty()) {
                pending.pend(nodeService.getPrimaryParent(node).getParentRef());
            }
            return;
        }
        markPermCase(node);
        if (nodeService.hasAspect(node, ImmModel.ASPECT_PERM_CASE) && inputsChanged(before, after)) {
            pending.pend(node);
        }
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        pending.pend(node);
    }

    @Override
    public void beforeDeleteNode(NodeRef step) {
        if (inWorkspace(step)) {
            pending.pend(nodeService.getPrimaryParent(step).getParentRef());
        }
    }

    /** A PERM case gets the PERM record's aspect as soon as it is one (created so, or its type changed). */
    private void markPermCase(NodeRef caseNode) {
        if (inWorkspace(caseNode) && nodeService.exists(caseNode)
                && CaseType.PERM.name().equals(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_TYPE))
                && !nodeService.hasAspect(caseNode, ImmModel.ASPECT_PERM_CASE)) {
            AuthenticationUtil.runAsSystem(() -> {
                nodeService.addAspect(caseNode, ImmModel.ASPECT_PERM_CASE, Map.of());
                return null;
            });
        }
    }

    private static boolean inputsChanged(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        return INPUTS.stream().anyMatch(key -> !Objects.equals(before.get(key), after.get(key)));
    }

    /** Judges the record, stores its timeline and moves the case deadline; a refusal rolls the transaction back. */
    void recompute(NodeRef caseNode) {
        if (!records.isPermCase(caseNode)) {
            return;
        }
        AuthenticationUtil.runAsSystem(() -> {
            PermRecord record = records.read(caseNode);
            ModelRefusal.run(() -> rules.checkCase(record));
            PermTimeline timeline = tracker.timeline(record);
            Map<QName, Serializable> computed = new HashMap<>();
            computed.put(ImmModel.PROP_PERM_EARLIEST_FILING, timeline.earliestFiling().map(d -> CalendarDates.toDate(d.date())).orElse(null));
            computed.put(ImmModel.PROP_PERM_LATEST_FILING, timeline.latestFiling().map(d -> CalendarDates.toDate(d.date())).orElse(null));
            computed.put(ImmModel.PROP_PERM_VIOLATION_COUNT, timeline.violations().size());
            ArrayList<String> findings = new ArrayList<>();
            timeline.violations().forEach(v -> findings.add(v.message(firmLocale) + " (" + v.citation() + ")"));
            computed.put(ImmModel.PROP_PERM_VIOLATIONS, findings);
            Optional<PermTimeline.Countdown> next = timeline.countdowns().stream()
                    .filter(c -> c.open() && c.kind().obligation()).min(Comparator.comparing(PermTimeline.Countdown::date));
            computed.put(ImmModel.PROP_PERM_NEXT_CLOCK, next.map(c -> CalendarDates.toDate(c.date())).orElse(null));
            computed.put(ImmModel.PROP_PERM_NEXT_CLOCK_LABEL, next.map(c -> c.label().format(firmLocale)).orElse(null));
            nodeService.addProperties(caseNode, computed);
            Serializable caseNumber = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER);
            for (PermRecord.Step step : record.steps()) {
                NodeRef stepNode = new NodeRef(step.id());
                if (!Objects.equals(nodeService.getProperty(stepNode, ImmModel.PROP_STEP_CASE_NUMBER), caseNumber)) {
                    nodeService.setProperty(stepNode, ImmModel.PROP_STEP_CASE_NUMBER, caseNumber);
                }
            }
            caseDeadlines.recompute(caseNode);
            return null;
        });
    }

    private static boolean inWorkspace(NodeRef node) {
        return StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef());
    }
}
