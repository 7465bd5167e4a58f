package org.lpodesk.outsourcing.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.outsourcing.workflow.VendorAttestationPort;
import org.lpodesk.sharing.BulkCountPort;
import org.lpodesk.sharing.BulkThresholds;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.SharingPolicy;
import org.lpodesk.sharing.VendorCompliance;

/**
 * The compliance page's facts, read from the same ports and judged by the same
 * {@link SharingPolicy} as every share: so the page never says "allowed" where a request would be
 * refused.
 */
public final class ComplianceOverview {

    private final SharingPolicy policy;
    private final VendorAttestationPort attestations;
    private final BulkCountPort counts;

    public ComplianceOverview(SharingPolicy policy, VendorAttestationPort attestations, BulkCountPort counts) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.attestations = Objects.requireNonNull(attestations, "attestations");
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    /** Every vendor's standing on {@code today}, ordered by vendor id. */
    public List<VendorStanding> vendors(List<Vendor> vendors, LocalDate today, Locale locale) {
        List<VendorStanding> all = new ArrayList<>();
        for (Vendor vendor : vendors.stream().sorted(Comparator.comparing(Vendor::id)).toList()) {
            all.add(vendor(vendor, today, locale));
        }
        return all;
    }

    public VendorStanding vendor(Vendor vendor, LocalDate today, Locale locale) {
        VendorAttestations onFile = attestations.attestations(vendor.id());
        Map<AttestationKind, AttestationRules.Standing> standings = policy.attestationRules().assess(onFile, today);
        List<String> problems = policy.vendorProblems(vendor.id(), new VendorCompliance(today, onFile,
                new EnumMap<>(DataCategory.class)), locale);
        BulkThresholds thresholds = policy.thresholds();
        LocalDate from = thresholds.windowStart(today);
        List<VendorStanding.CategoryCount> categoryCounts = new ArrayList<>();
        for (DataCategory category : DataCategory.values()) {
            int persons = counts.count(vendor.id(), category, from);
            categoryCounts.add(new VendorStanding.CategoryCount(category, persons, thresholds.limit(category),
                    thresholds.warns(category, persons)));
        }
        return new VendorStanding(vendor, standings, problems, categoryCounts);
    }

    public BulkThresholds thresholds() {
        return policy.thresholds();
    }

    public AttestationRules attestationRules() {
        return policy.attestationRules();
    }
}
