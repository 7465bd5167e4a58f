package org.lpodesk.sharing;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which bulk-data category a document falls in. The content model has no type per kind of
 * evidence (a tax return and a diploma are both {@code imm:evidence}), so the category comes, in
 * this order, from the category the paralegal set on the document, from its type (identity
 * documents carry passport and A-Numbers: personal identifiers), and from the checklist items it
 * is tagged with (the I-693 item is health data, the I-864's evidence financial). Among several
 * tagged categories the one with the lowest threshold wins, erring on the side of counting.
 */
public final class DocumentCategories {

    /** The content model's identity document type. */
    public static final String IDENTITY_DOCUMENT_TYPE = "imm:identityDocument";

    /** Checklist item ids (the part after the checklist's id) and the data their documents carry. */
    public static final Map<String, DataCategory> DEFAULT_ITEMS = Map.of(
            "passport", DataCategory.PERSONAL_IDENTIFIERS,
            "i693", DataCategory.HEALTH,
            "i864", DataCategory.FINANCIAL,
            "taxTranscript", DataCategory.FINANCIAL,
            "jointSponsor", DataCategory.FINANCIAL,
            "payStubs", DataCategory.FINANCIAL);

    private final Map<String, DataCategory> items;

    public DocumentCategories(Map<String, DataCategory> items) {
        this.items = Map.copyOf(Objects.requireNonNull(items, "items"));
    }

    public static DocumentCategories defaults() {
        return new DocumentCategories(DEFAULT_ITEMS);
    }

    /**
     * @param documentType  the document's type, e.g. {@code imm:evidence}
     * @param categoryValue the category property as stored, or null when nobody set it
     * @param checklistItems the checklist item ids the document is tagged with (e.g. {@code i485.i693})
     * @return the category, or empty when the document carries none of the counted data
     */
    public Optional<DataCategory> of(String documentType, String categoryValue, Collection<String> checklistItems) {
        Optional<DataCategory> chosen = DataCategory.ofModelValue(categoryValue);
        if (chosen.isPresent()) {
            return chosen;
        }
        if (IDENTITY_DOCUMENT_TYPE.equals(documentType)) {
            return Optional.of(DataCategory.PERSONAL_IDENTIFIERS);
        }
        if (checklistItems == null) {
            return Optional.empty();
        }
        return checklistItems.stream().filter(Objects::nonNull)
                .map(id -> items.get(id.substring(id.lastIndexOf('.') + 1)))
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(DataCategory::ruleThreshold).thenComparing(Enum::ordinal));
    }
}
