package org.lpodesk.cmis.client;

import java.util.List;

/**
 * A document version. Read back from the repository everywhere except right after an upload,
 * where (to spare a round trip per document on imports) it holds what the kit sent: the server
 * may add aspects of its own (Alfresco adds {@code P:sys:localized}), which
 * {@link ImmigrationCmisClient#properties} shows.
 */
public record DocumentRef(String id, String name, String typeId, String versionLabel,
        List<String> secondaryTypeIds) {

    public DocumentRef {
        secondaryTypeIds = List.copyOf(secondaryTypeIds);
    }
}
