package org.lpodesk.evidence.completeness;

import java.util.Objects;
import java.util.Set;

/**
 * A document of the case as completeness sees it.
 *
 * @param id                    the repository's reference (a node reference)
 * @param documentType          its model type, e.g. {@code imm:evidence}
 * @param itemIds               the checklist items it is tagged with
 * @param foreignLanguage       not in English: it counts only with a certified translation
 * @param certifiedTranslation  a certified translation is linked to it
 */
public record EvidenceDocument(String id, String name, String documentType, Set<String> itemIds,
                               boolean foreignLanguage, boolean certifiedTranslation) {

    public EvidenceDocument {
        Objects.requireNonNull(id, "id");
        itemIds = Set.copyOf(itemIds);
    }

    /** Whether it counts as evidence at all: English, or translated (8 CFR 103.2(b)(3)). */
    public boolean readable() {
        return !foreignLanguage || certifiedTranslation;
    }
}
