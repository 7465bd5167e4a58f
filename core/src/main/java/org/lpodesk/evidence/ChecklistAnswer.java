package org.lpodesk.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.EvidenceDocument;

/**
 * The JSON answer of {@code GET /lpodesk/cases/checklist} (and of the waiver calls): the case's
 * checklist with every item's label, rule, status and counting documents, missing items first as
 * {@link CaseCompleteness#orderedItems()} orders them, each requirement's sentence, readiness and why.
 * Shaped here so that Share, the kit and any integrator read the same words the repository stored.
 */
public final class ChecklistAnswer {

    /** The case as the answer names it. */
    public record CaseRef(String nodeRef, String caseNumber, String caseType, String caseTypeLabel) {
    }

    /**
     * @param documentType the type of the node the caller asked about, when it is a document (the
     *                     tag picker offers only items that type can satisfy)
     * @param displayName  a user name to the person's name, for waivers
     * @param firmFileRefusal why the firm's checklist file is not in force, if it is not
     */
    public Map<String, Object> toJson(CaseRef caseRef, CaseCompleteness completeness, Locale locale,
                                      Optional<String> documentType, boolean canWaive, String finalMeritsNote,
                                      UnaryOperator<String> displayName, Optional<String> firmFileRefusal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nodeRef", caseRef.nodeRef());
        json.put("caseNumber", caseRef.caseNumber());
        json.put("caseType", caseRef.caseType());
        json.put("caseTypeLabel", caseRef.caseTypeLabel());
        json.put("checklistId", completeness.checklistId());
        json.put("checklistLabel", completeness.checklist().label(locale));
        json.put("documentType", documentType);
        json.put("ready", completeness.ready());
        json.put("summary", completeness.summary(locale));
        json.put("reasons", completeness.reasons(locale));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("required", completeness.requiredCount());
        counts.put("missing", completeness.missingCount());
        counts.put("criteriaMet", completeness.criteriaEvidenced());
        json.put("counts", counts);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (CaseCompleteness.RequirementState r : completeness.requirements()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.requirement().id());
            rule.put("met", r.met());
            rule.put("text", r.sentence().format(locale));
            rules.add(rule);
        }
        json.put("rules", rules);
        List<Map<String, Object>> items = new ArrayList<>();
        for (CaseCompleteness.ItemState state : completeness.orderedItems()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", state.item().id());
            item.put("label", state.item().label(locale));
            item.put("rule", state.item().rule(locale));
            item.put("citation", state.item().citation());
            item.put("required", state.item().required());
            item.put("criterion", state.item().criterion());
            item.put("satisfiedBy", state.item().satisfiedBy().stream().sorted().toList());
            item.put("status", state.status());
            item.put("statusLabel", state.status().label(locale));
            item.put("waiver", state.waiver().map(w -> {
                Map<String, Object> waiver = new LinkedHashMap<>();
                waiver.put("reason", w.reason());
                waiver.put("by", w.attorney());
                waiver.put("byName", displayName.apply(w.attorney()));
                waiver.put("on", w.on());
                return waiver;
            }));
            List<Map<String, Object>> documents = new ArrayList<>();
            for (EvidenceDocument d : state.documents()) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("nodeRef", d.id());
                document.put("name", d.name());
                document.put("documentType", d.documentType());
                document.put("needsTranslation", !d.readable());
                documents.add(document);
            }
            item.put("documents", documents);
            items.add(item);
        }
        json.put("items", items);
        json.put("finalMeritsNote", finalMeritsNote);
        json.put("canWaive", canWaive);
        json.put("firmFileRefusal", firmFileRefusal);
        return json;
    }
}
