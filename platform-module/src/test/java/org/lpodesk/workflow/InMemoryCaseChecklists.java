package org.lpodesk.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.completeness.CaseChecklistPort;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.Completeness;
import org.lpodesk.evidence.completeness.EvidenceDocument;

/** The suites' cases' evidence, computed by core's real checklists and completeness, as the repository does. */
final class InMemoryCaseChecklists implements CaseChecklistPort {

    private final Checklists checklists = Checklists.defaults();
    private final Completeness completeness = new Completeness();
    private final Map<String, String> caseTypes = new HashMap<>();
    private final Map<String, List<EvidenceDocument>> documents = new HashMap<>();
    private final Map<String, EvidenceDocument> uploads = new HashMap<>();

    synchronized void caseType(String caseId, String caseType) {
        caseTypes.put(caseId, caseType);
    }

    synchronized void evidence(String caseId, String name, String documentType, String itemId) {
        documents.computeIfAbsent(caseId, c -> new ArrayList<>())
                .add(new EvidenceDocument(caseId + "/" + name, name, documentType, Set.of(itemId), false, false));
    }

    /** The associate gives an upload in the assignment folder a type and a checklist item. */
    synchronized void tagUpload(String documentId, String name, String documentType, String itemId) {
        uploads.put(documentId, new EvidenceDocument(documentId, name, documentType, Set.of(itemId), false, false));
    }

    @Override
    public synchronized List<EvidenceDocument> documents(List<String> documentIds) {
        return documentIds.stream().map(id -> uploads.getOrDefault(id,
                new EvidenceDocument(id, id, "cm:content", Set.of(), false, false))).toList();
    }

    @Override
    public synchronized Optional<CaseCompleteness> completeness(String caseId) {
        String type = caseTypes.get(caseId);
        return type == null ? Optional.empty()
                : Optional.of(completeness.of(checklists.forCaseType(type), documents.getOrDefault(caseId, List.of()), List.of()));
    }
}
