package org.lpodesk.alfresco.deadline;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.deadline.CaseDeadlineRollup;

/**
 * Recomputes one case's deadline from what the repository holds and stores it on the case
 * ({@code imm:caseDeadline}, {@code imm:caseDeadlineRule}); core's {@link CaseDeadlineRollup}
 * decides. Runs as the system user: the case deadline must not depend on which notices the user
 * who happened to trigger it can read.
 */
public final class CaseDeadlineKeeper {

    private final NodeService nodeService;
    private final CaseObligations obligations;
    private final CaseDeadlineRollup rollup;

    public CaseDeadlineKeeper(NodeService nodeService, CaseObligations obligations, CaseDeadlineRollup rollup) {
        this.nodeService = nodeService;
        this.obligations = obligations;
        this.rollup = rollup;
    }

    /** Brings the case's deadline up to date; writes only when it changed. */
    public Optional<CaseDeadlineRollup.CaseDeadline> recompute(NodeRef caseNode) {
        return AuthenticationUtil.runAsSystem(() -> {
            Optional<CaseDeadlineRollup.CaseDeadline> deadline = rollup.of(obligations.of(caseNode));
            Serializable storedDate = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_DEADLINE);
            Serializable storedRule = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_DEADLINE_RULE);
            if (deadline.isEmpty()) {
                if (storedDate != null || storedRule != null) {
                    nodeService.removeProperty(caseNode, ImmModel.PROP_CASE_DEADLINE);
                    nodeService.removeProperty(caseNode, ImmModel.PROP_CASE_DEADLINE_RULE);
                }
                return deadline;
            }
            Date date = CalendarDates.toDate(deadline.get().date());
            if (!date.equals(storedDate) || !Objects.equals(deadline.get().rule(), storedRule)) {
                Map<QName, Serializable> changes = new HashMap<>();
                changes.put(ImmModel.PROP_CASE_DEADLINE, date);
                changes.put(ImmModel.PROP_CASE_DEADLINE_RULE, deadline.get().rule());
                nodeService.addProperties(caseNode, changes);
            }
            return deadline;
        });
    }
}
