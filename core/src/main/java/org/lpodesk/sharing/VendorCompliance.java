package org.lpodesk.sharing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lpodesk.outsourcing.VendorAttestations;

/**
 * What the sharing policy needs to know of the vendor beyond the engagement, read from the ports
 * just before deciding: the firm's date, the vendor's attestations, and for each data category
 * the request carries, the persons already counted for the vendor in the rolling window.
 */
public record VendorCompliance(LocalDate today, VendorAttestations attestations, Map<DataCategory, BulkCount> counts) {

    /**
     * @param persons        distinct persons of the category counted in the window before this request
     * @param alreadyCounted which of this request's persons are among them (they do not count again)
     */
    public record BulkCount(int persons, Set<String> alreadyCounted) {
        public BulkCount {
            if (persons < 0) {
                throw new IllegalArgumentException(Messages.format("bulk.count.negative", persons));
            }
            alreadyCounted = Set.copyOf(alreadyCounted);
        }
    }

    public VendorCompliance {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(attestations, "attestations");
        EnumMap<DataCategory, BulkCount> copy = new EnumMap<>(DataCategory.class);
        copy.putAll(counts == null ? Map.of() : counts);
        counts = Collections.unmodifiableMap(copy);
    }

    /** The category's count before this request; none counted when the ports were not asked. */
    public BulkCount count(DataCategory category) {
        return counts.getOrDefault(category, new BulkCount(0, Set.of()));
    }
}
