package org.lpodesk.sharing;

import java.util.Objects;

/**
 * A share that is allowed but brings the vendor near a bulk-data limit: the requester sees it,
 * the audit records it.
 *
 * @param persons the distinct persons the vendor will hold data of once this share is done
 * @param limit   the category's limit
 */
public record SharingWarning(DataCategory category, int persons, int limit, String message) {

    public SharingWarning {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
    }
}
