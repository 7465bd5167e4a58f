package org.lpodesk.evidence.completeness;

import java.util.List;
import java.util.Optional;

/**
 * Port: a case's evidence checklist with its completeness as the repository keeps it, for the
 * tasks of a vendor collecting documents (who cannot open the case folder).
 */
public interface CaseChecklistPort {

    /** The completeness of the case's checklist now; empty for a case that is gone. Read as the system. */
    Optional<CaseCompleteness> completeness(String caseId);

    /** These documents with their type and checklist tags, wherever they lie; ids that are gone are left out. Read as the system. */
    List<EvidenceDocument> documents(List<String> documentIds);
}
