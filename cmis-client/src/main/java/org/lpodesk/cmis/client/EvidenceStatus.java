package org.lpodesk.cmis.client;

import java.util.List;

/**
 * A case's evidence completeness as the repository computed and stored it on the case (the kit
 * reads it, never computes it): which checklist, whether the case is ready for attorney review,
 * the counts, the missing items (required first) with their labels, and the repository's sentence.
 */
public record EvidenceStatus(String caseId, String caseNumber, String caseType, String checklistId, boolean ready,
                             int required, int missing, int criteriaMet, List<Item> missingItems, String summary) {

    public EvidenceStatus {
        missingItems = List.copyOf(missingItems);
    }

    /** A missing item by id and by the label of LPO Desk's default checklist (the id for a firm's own item). */
    public record Item(String id, String label) {
    }

    /** Whether the repository has computed the case's completeness yet (a case created before the module update has not). */
    public boolean computed() {
        return checklistId != null;
    }
}
