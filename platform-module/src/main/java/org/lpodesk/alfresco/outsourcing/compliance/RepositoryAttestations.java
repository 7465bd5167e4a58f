package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.outsourcing.workflow.VendorAttestationPort;

/**
 * The vendors' attestations in the repository's attribute store, beside the vendor record
 * ({@code lpodesk.vendor}): one entry per signed attestation under
 * {@code (lpodesk.attestation, <vendorId>, <kind>/<signedOn>/<uuid>)}. One key per attestation
 * (not one list per vendor) because two administrators recording at once must both be kept, and
 * a renewal must not erase the document it replaces.
 */
public final class RepositoryAttestations implements VendorAttestationPort {

    static final String KEY = "lpodesk.attestation";
    private static final Log LOG = LogFactory.getLog(RepositoryAttestations.class);

    private final AttributeService attributeService;

    public RepositoryAttestations(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    public void record(String vendorId, Attestation attestation, String recordedBy, Instant recordedAt) {
        HashMap<String, String> entry = new HashMap<>();
        entry.put("kind", attestation.kind().name());
        entry.put("signedOn", attestation.signedOn().toString());
        entry.put("signer", attestation.signer());
        entry.put("document", attestation.document());
        attestation.expiryIfSet().ifPresent(d -> entry.put("expiresOn", d.toString()));
        entry.put("coveredPerson", Boolean.toString(attestation.coveredPerson()));
        if (attestation.facts() != null) {
            entry.put("facts", attestation.facts());
        }
        entry.put("recordedBy", recordedBy);
        entry.put("recordedAt", recordedAt.toString());
        attributeService.createAttribute(entry, KEY, vendorId,
                attestation.kind().name() + "/" + attestation.signedOn() + "/" + UUID.randomUUID());
    }

    @Override
    public VendorAttestations attestations(String vendorId) {
        // two signed on the same day: the one recorded later counts (the store answers in key order)
        TreeMap<String, Attestation> all = new TreeMap<>();
        attributeService.getAttributes((id, value, keys) -> {
            if (value instanceof Map<?, ?> stored) {
                try {
                    all.put(text(stored, "signedOn") + "/" + text(stored, "recordedAt") + "/" + id, attestation(stored));
                } catch (RuntimeException unreadable) {
                    // a record core no longer accepts counts as missing, which refuses shares: safe
                    LOG.warn("An attestation of vendor " + vendorId + " is not valid and is ignored: "
                            + unreadable.getMessage());
                }
            }
            return true;
        }, KEY, vendorId);
        VendorAttestations attestations = VendorAttestations.none(vendorId);
        for (Attestation a : all.values()) {
            attestations = attestations.with(a);
        }
        return attestations;
    }

    private static Attestation attestation(Map<?, ?> r) {
        return new Attestation(AttestationKind.valueOf(text(r, "kind")), LocalDate.parse(text(r, "signedOn")),
                text(r, "signer"), text(r, "document"), date(text(r, "expiresOn")),
                Boolean.parseBoolean(text(r, "coveredPerson")), text(r, "facts"));
    }

    private static String text(Map<?, ?> r, String key) {
        Serializable value = (Serializable) r.get(key);
        return value == null ? null : value.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
