package org.lpodesk.evidence.checklist;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lpodesk.evidence.EvidenceMessages;

/**
 * One piece of evidence a checklist asks for.
 *
 * @param id          unique in its checklist, e.g. {@code eb1a.criterion.prizes}
 * @param label       the firm's own label for an item it added, else null (the bundle's
 *                    {@code checklist.item.<id>} is used)
 * @param rule        the firm's own rule text, else null (bundle {@code checklist.item.<id>.rule})
 * @param citation    the legal source, as written (e.g. "8 CFR 204.5(h)(3)(i)")
 * @param required    the case is not ready without it (evidence or a waiver)
 * @param satisfiedBy the document types whose documents count for it
 * @param criterion   one of a counted list of criteria (EB-1A's ten, EB-1B's six)
 */
public record ChecklistItem(String id, String label, String rule, String citation, boolean required,
                            Set<String> satisfiedBy, boolean criterion) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        satisfiedBy = Set.copyOf(satisfiedBy);
        citation = citation == null ? "" : citation;
    }

    public String label(Locale locale) {
        return label != null ? label : EvidenceMessages.optional(locale, "checklist.item." + id).orElse(id);
    }

    public String rule(Locale locale) {
        return rule != null ? rule : EvidenceMessages.optional(locale, "checklist.item." + id + ".rule").orElse("");
    }

    public boolean satisfiableBy(String documentType) {
        return satisfiedBy.contains(documentType);
    }
}
