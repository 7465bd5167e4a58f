package org.lpodesk.outsourcing.compliance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.sharing.DataCategory;

/**
 * Where one vendor stands on a day: its attestations, what stops shares to it (the sentences a
 * refused requester would read) and its bulk-data counts against the firm's limits.
 */
public record VendorStanding(Vendor vendor, Map<AttestationKind, AttestationRules.Standing> attestations,
                             List<String> problems, List<CategoryCount> counts) {

    /**
     * Distinct persons of one category whose documents went to the vendor in the rolling window.
     *
     * @param warning whether the count reached the firm's warning share of the limit
     */
    public record CategoryCount(DataCategory category, int persons, int limit, boolean warning) {
        public CategoryCount {
            Objects.requireNonNull(category, "category");
        }

        /** The count as a percentage of the limit, one decimal; 100 for a zero limit that holds anyone. */
        public double percentOfLimit() {
            if (limit == 0) {
                return persons == 0 ? 0 : 100;
            }
            return Math.round(persons * 1000.0 / limit) / 10.0;
        }
    }

    public VendorStanding {
        Objects.requireNonNull(vendor, "vendor");
        attestations = Map.copyOf(attestations);
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
    }

    /** Whether restricted personal data may go too: every attestation valid and none stating covered-person facts. */
    public boolean restrictedDataAllowed() {
        return sharingAllowed() && attestations.values().stream().noneMatch(AttestationRules.Standing::coveredPerson);
    }

    /** Whether client documents may go to the vendor on the day (restricted data may still be refused). */
    public boolean sharingAllowed() {
        return attestations.values().stream().allMatch(s -> s.status() == AttestationRules.Status.VALID);
    }
}
