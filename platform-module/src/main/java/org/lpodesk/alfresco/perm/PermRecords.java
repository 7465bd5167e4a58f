package org.lpodesk.alfresco.perm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermStepKind;

/**
 * A case's PERM record as core reads it: the {@code imm:permCase} properties and the
 * {@code imm:recruitmentStep} records under the case, each step with the names of its evidence.
 */
public final class PermRecords {

    private final NodeService nodeService;
    private final FirmCalendar firmCalendar;

    /** @param nodeService the internal node service: the record is read whole, whoever asks */
    public PermRecords(NodeService nodeService, FirmCalendar firmCalendar) {
        this.nodeService = nodeService;
        this.firmCalendar = firmCalendar;
    }

    public boolean isPermCase(NodeRef caseNode) {
        return nodeService.exists(caseNode) && nodeService.hasAspect(caseNode, ImmModel.ASPECT_PERM_CASE);
    }

    public PermRecord read(NodeRef caseNode) {
        Map<QName, Serializable> p = nodeService.getProperties(caseNode);
        Optional<PermRecord.Pwd> pwd = day(p.get(ImmModel.PROP_PWD_DETERMINED_ON)).map(determined -> new PermRecord.Pwd(
                determined, day(p.get(ImmModel.PROP_PWD_VALID_UNTIL)),
                p.get(ImmModel.PROP_PWD_WAGE) instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null,
                text(p.get(ImmModel.PROP_PWD_WAGE_UNIT)), text(p.get(ImmModel.PROP_PWD_WAGE_LEVEL)),
                text(p.get(ImmModel.PROP_PWD_CASE_NUMBER))));
        return new PermRecord(pwd, steps(caseNode), day(p.get(ImmModel.PROP_ETA9089_FILED_ON)),
                text(p.get(ImmModel.PROP_FLAG_CASE_NUMBER)), day(p.get(ImmModel.PROP_AUDIT_LETTER_ON)),
                day(p.get(ImmModel.PROP_AUDIT_RESPONSE_ON)), day(p.get(ImmModel.PROP_LABOR_CERTIFIED_ON)),
                day(p.get(ImmModel.PROP_I140_FILED_ON)));
    }

    /** The step records of the case; one still missing its kind or dates (mid-creation) is not a step yet. */
    public List<PermRecord.Step> steps(NodeRef caseNode) {
        List<PermRecord.Step> steps = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(caseNode, ImmModel.ASSOC_RECRUITMENT_STEPS,
                RegexQNamePattern.MATCH_ALL)) {
            NodeRef step = child.getChildRef();
            Map<QName, Serializable> p = nodeService.getProperties(step);
            Optional<PermStepKind> kind = kind(p.get(ImmModel.PROP_STEP_KIND));
            Optional<LocalDate> start = day(p.get(ImmModel.PROP_STEP_START));
            Optional<LocalDate> end = day(p.get(ImmModel.PROP_STEP_END));
            if (kind.isEmpty() || start.isEmpty() || end.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            for (AssociationRef link : nodeService.getTargetAssocs(step, ImmModel.ASSOC_STEP_EVIDENCE)) {
                evidence.add(text(nodeService.getProperty(link.getTargetRef(), ContentModel.PROP_NAME)));
            }
            steps.add(new PermRecord.Step(step.toString(), kind.get(), start.get(), end.get(),
                    text(p.get(ImmModel.PROP_STEP_WHERE)), evidence));
        }
        return steps;
    }

    private Optional<LocalDate> day(Serializable value) {
        return value instanceof Date date ? Optional.of(firmCalendar.dayOf(date)) : Optional.empty();
    }

    private static Optional<PermStepKind> kind(Serializable value) {
        for (PermStepKind kind : PermStepKind.values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
