package org.lpodesk.sharing;

import java.util.Set;

/**
 * A document the requester asks to share.
 *
 * @param id       the document's stable id (a node reference in Alfresco)
 * @param name     its file name, for messages
 * @param level    its confidentiality level
 * @param category the bulk-data category it falls in ({@link DocumentCategories}), or null for none
 * @param persons  opaque ids of the persons whose data it holds (the case's beneficiary, petitioner
 *                 or family members), which the bulk-data count counts once each
 */
public record DocumentRef(String id, String name, ConfidentialityLevel level, DataCategory category,
                          Set<String> persons) {

    public DocumentRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(Messages.format("document.id.blank", String.valueOf(name)));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.format("document.name.blank", id));
        }
        if (level == null) {
            throw new IllegalArgumentException(Messages.format("document.level.missing", name));
        }
        persons = persons == null ? Set.of() : Set.copyOf(persons);
    }

    /** A document outside every bulk-data category. */
    public DocumentRef(String id, String name, ConfidentialityLevel level) {
        this(id, name, level, null, Set.of());
    }

    /**
     * Whether the document holds data the DOJ rule restricts (28 CFR 202.212 sensitive personal
     * data): marked restricted PII, or in a counted category. Such data never goes to a covered person.
     */
    public boolean restrictedData() {
        return level == ConfidentialityLevel.RESTRICTED_PII || category != null;
    }
}
