package org.lpodesk.alfresco.perm;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.alfresco.deadline.CaseObligationSource;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.lpodesk.perm.PermTracker;

/** A PERM case's clocks (wage validity, filing window, audit response, I-140) as case obligations. */
public final class PermObligations implements CaseObligationSource {

    private final PermRecords records;
    private final PermTracker tracker;

    public PermObligations(PermRecords records, PermTracker tracker) {
        this.records = records;
        this.tracker = tracker;
    }

    @Override
    public List<Obligation> of(NodeRef caseNode) {
        return records.isPermCase(caseNode) ? tracker.timeline(records.read(caseNode)).obligations(caseNode.toString())
                : List.of();
    }
}
