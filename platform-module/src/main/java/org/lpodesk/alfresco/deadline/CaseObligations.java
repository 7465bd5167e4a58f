package org.lpodesk.alfresco.deadline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.lpodesk.notice.NoticeKind;

/**
 * The dated obligations of a case as the repository holds them: each notice with a response
 * deadline, answered or not (core's {@link Obligation#ofNotice} says what answers a notice).
 * Built on the internal node service it sees everything (the case deadline); on the public one,
 * what the reader may see (the case summary).
 */
public final class CaseObligations {

    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final FirmCalendar firmCalendar;
    private final List<CaseObligationSource> others;

    /** @param others the case's obligations beyond its notices (PERM clocks) */
    public CaseObligations(NodeService nodeService, CaseTree caseTree, FirmCalendar firmCalendar,
                           List<CaseObligationSource> others) {
        this.nodeService = nodeService;
        this.caseTree = caseTree;
        this.firmCalendar = firmCalendar;
        this.others = List.copyOf(others);
    }

    public List<Obligation> of(NodeRef caseNode) {
        List<Obligation> all = new ArrayList<>(ofNotices(caseTree.descendants(caseNode, ImmModel.TYPE_USCIS_NOTICE)));
        all.addAll(beyondNotices(caseNode));
        return all;
    }

    /** The case's obligations that are not a notice's (the case summary finds the notices itself). */
    public List<Obligation> beyondNotices(NodeRef caseNode) {
        List<Obligation> found = new ArrayList<>();
        for (CaseObligationSource source : others) {
            found.addAll(source.of(caseNode));
        }
        return found;
    }

    /** The obligations of notices already found (the case summary walks the case once for everything). */
    public List<Obligation> ofNotices(Collection<NodeRef> notices) {
        List<Obligation> obligations = new ArrayList<>();
        for (NodeRef notice : notices) {
            Map<QName, Serializable> p = nodeService.getProperties(notice);
            if (p.get(ImmModel.PROP_RESPONSE_DEADLINE) instanceof Date due
                    && p.get(ImmModel.PROP_NOTICE_DATE) instanceof Date noticeDate
                    && p.get(ImmModel.PROP_NOTICE_KIND) != null) {
                obligations.add(Obligation.ofNotice(notice.toString(),
                        NoticeKind.valueOf(p.get(ImmModel.PROP_NOTICE_KIND).toString()), firmCalendar.dayOf(noticeDate),
                        firmCalendar.dayOf(due), text(p.get(ImmModel.PROP_RESPONSE_DEADLINE_RULE)),
                        Boolean.TRUE.equals(p.get(ImmModel.PROP_NOTICE_ANSWERED)), responseFiled(notice)));
            }
        }
        return obligations;
    }

    /** A response linked to the notice with {@code imm:respondsTo} that carries the filing record. */
    private boolean responseFiled(NodeRef notice) {
        for (AssociationRef link : nodeService.getSourceAssocs(notice, ImmModel.ASSOC_RESPONDS_TO)) {
            if (nodeService.exists(link.getSourceRef())
                    && nodeService.hasAspect(link.getSourceRef(), ImmModel.ASPECT_FILING)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
