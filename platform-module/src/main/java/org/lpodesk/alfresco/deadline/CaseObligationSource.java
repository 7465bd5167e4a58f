package org.lpodesk.alfresco.deadline;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;

/**
 * Dated obligations of a case beyond its notices' response deadlines (the PERM clocks), so that the
 * case deadline is the earliest of all of them without this package knowing each kind.
 */
public interface CaseObligationSource {

    /** The case's obligations of this kind, open and met; none when the case has none. */
    List<Obligation> of(NodeRef caseNode);
}
