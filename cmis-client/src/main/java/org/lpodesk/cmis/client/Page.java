package org.lpodesk.cmis.client;

import java.util.List;

/**
 * One page of query results.
 *
 * @param total number of matches when the server reports it, or -1
 */
public record Page<T>(List<T> items, int skip, int pageSize, boolean hasMore, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
