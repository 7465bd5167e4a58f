package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.Completeness;

/**
 * Recomputes one case's evidence completeness with core's {@link Completeness} and stores what CMIS
 * queries and Share lists read ({@code imm:evidenceReady}, counts, missing items, summary) on the
 * case; writes only what changed. Runs as the system user: the count must not depend on which
 * documents the user who triggered it can read.
 */
public final class EvidenceCompletenessKeeper {

    private final NodeService nodeService;
    private final ChecklistCatalogue catalogue;
    private final CaseEvidence evidence;
    private final Completeness completeness;
    private final Locale storedLocale;

    /**
     * @param storedLocale the language of the stored summary sentence (the firm's); the web script
     *                     renders its own in each caller's locale
     */
    public EvidenceCompletenessKeeper(NodeService nodeService, ChecklistCatalogue catalogue, CaseEvidence evidence,
                                      Completeness completeness, String storedLocale) {
        this.nodeService = nodeService;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.completeness = completeness;
        this.storedLocale = Locale.forLanguageTag(storedLocale);
    }

    /** The case's completeness as it is now, without storing it. */
    public CaseCompleteness compute(NodeRef caseNode) {
        return AuthenticationUtil.runAsSystem(() -> {
            Checklist checklist = catalogue.checklistOf(caseNode);
            return completeness.of(checklist, evidence.documents(caseNode), evidence.waivers(caseNode));
        });
    }

    public CaseCompleteness recompute(NodeRef caseNode) {
        return AuthenticationUtil.runAsSystem(() -> {
            CaseCompleteness now = compute(caseNode);
            Map<QName, Serializable> wanted = new HashMap<>();
            wanted.put(ImmModel.PROP_EVIDENCE_CHECKLIST, now.checklistId());
            wanted.put(ImmModel.PROP_EVIDENCE_READY, now.ready());
            wanted.put(ImmModel.PROP_EVIDENCE_REQUIRED, now.requiredCount());
            wanted.put(ImmModel.PROP_EVIDENCE_MISSING, now.missingCount());
            wanted.put(ImmModel.PROP_EVIDENCE_CRITERIA_MET, now.criteriaEvidenced());
            wanted.put(ImmModel.PROP_EVIDENCE_MISSING_ITEMS, new ArrayList<>(now.missingItemIds()));
            wanted.put(ImmModel.PROP_EVIDENCE_SUMMARY, now.summary(storedLocale));
            Map<QName, Serializable> stored = nodeService.getProperties(caseNode);
            Map<QName, Serializable> changes = new HashMap<>();
            wanted.forEach((name, value) -> {
                if (!Objects.equals(stored.get(name), value)) {
                    changes.put(name, value);
                }
            });
            if (!changes.isEmpty()) {
                nodeService.addProperties(caseNode, changes);
            }
            return now;
        });
    }
}
