package org.lpodesk.alfresco.outsourcing;

import org.lpodesk.dates.CalendarDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.outsourcing.workflow.CasePort;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.ConsentScope;

/** {@link CasePort}: case folders ({@code imm:case}) and their {@code imm:outsourcingConsent}. */
public final class AlfrescoCases implements CasePort {

    private final NodeService nodeService;

    public AlfrescoCases(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public boolean exists(String caseId) {
        return caseNode(caseId).isPresent();
    }

    @Override
    public Optional<CaseConsent> consent(String caseId) {
        return caseNode(caseId).filter(n -> nodeService.hasAspect(n, ImmModel.ASPECT_OUTSOURCING_CONSENT)).flatMap(n -> {
            Map<QName, Serializable> p = nodeService.getProperties(n);
            Serializable by = p.get(ImmModel.PROP_CONSENT_RECORDED_BY);
            Serializable on = p.get(ImmModel.PROP_CONSENT_RECORDED_ON);
            Serializable scope = p.get(ImmModel.PROP_CONSENT_SCOPE);
            if (by == null || on == null || scope == null) {
                return Optional.empty(); // an incomplete record is no consent
            }
            // generative AI on the client's documents only where the client agreed to it (ABA Op. 512)
            return Optional.of(new CaseConsent(by.toString(), ((Date) on).toInstant(),
                    ConsentScope.valueOf(scope.toString()), Boolean.TRUE.equals(p.get(ImmModel.PROP_CONSENT_COVERS_AI))));
        });
    }

    /** The case deadline ({@code imm:caseDeadline}), kept by the repository (CaseDeadlineKeeper). */
    @Override
    public Optional<LocalDate> deadline(String caseId) {
        return caseNode(caseId).map(n -> nodeService.getProperty(n, ImmModel.PROP_CASE_DEADLINE))
                .map(d -> CalendarDates.dayOf((Date) d));
    }

    @Override
    public Optional<CaseFacts> facts(String caseId) {
        return caseNode(caseId).map(n -> {
            Map<QName, Serializable> p = nodeService.getProperties(n);
            String receipt = text(p.get(ImmModel.PROP_RECEIPT_NUMBER));
            return new CaseFacts(text(p.get(ImmModel.PROP_CASE_NUMBER)), text(p.get(ImmModel.PROP_CASE_TYPE)),
                    text(p.get(ImmModel.PROP_BENEFICIARY_NAME)),
                    receipt == null || receipt.isBlank() ? java.util.List.of() : java.util.List.of(receipt));
        });
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    Optional<NodeRef> caseNode(String caseId) {
        if (caseId == null || !NodeRef.isNodeRef(caseId)) {
            return Optional.empty();
        }
        NodeRef node = new NodeRef(caseId);
        return nodeService.exists(node) && ImmModel.TYPE_CASE.equals(nodeService.getType(node))
                ? Optional.of(node) : Optional.empty();
    }
}
