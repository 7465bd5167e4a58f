package org.lpodesk.sharing;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: the distinct US persons whose documents went to each vendor, per data category, with the
 * last day each was shared. The repository adapter keeps them in its database inside the share's
 * transaction, and must read the count and record the share under one lock per vendor and
 * category, so that concurrent requests neither lose a person nor count one twice.
 *
 * <p>Persons are opaque ids the adapter chooses (a party node's id, never a name or an
 * A-Number): the count must not become a second copy of the data it counts.
 */
public interface BulkCountPort {

    /** How many distinct persons of the category went to the vendor on or after {@code from}. */
    int count(String vendorId, DataCategory category, LocalDate from);

    /** Which of {@code persons} already count for the vendor and category on or after {@code from}. */
    Set<String> counted(String vendorId, DataCategory category, LocalDate from, Set<String> persons);

    /**
     * Records that the documents of {@code persons} went to the vendor on {@code sharedOn}; a
     * person already recorded keeps one entry with the later day (counted once, for the longer time).
     */
    void record(String vendorId, DataCategory category, Set<String> persons, LocalDate sharedOn);
}
