package org.lpodesk.outsourcing.workflow;

import java.util.Objects;
import org.lpodesk.sharing.BulkCountPort;

/**
 * The ports the start check needs beyond consent and engagement: the vendors' attestations, the
 * bulk-data counts and the compliance audit.
 */
public record SharingCompliance(VendorAttestationPort attestations, BulkCountPort counts, ComplianceAuditPort audit) {

    public SharingCompliance {
        Objects.requireNonNull(attestations, "attestations");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(audit, "audit");
    }
}
