package org.lpodesk.outsourcing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every attestation on file for one vendor, old and new: a renewal does not erase the signed
 * document it replaces, and the latest signed of each kind is the one that counts.
 */
public record VendorAttestations(String vendorId, List<Attestation> attestations) {

    public VendorAttestations {
        Objects.requireNonNull(vendorId, "vendorId");
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
    }

    public static VendorAttestations none(String vendorId) {
        return new VendorAttestations(vendorId, List.of());
    }

    /** The latest signed attestation of the kind (the later document on the same day), if any. */
    public Optional<Attestation> latest(AttestationKind kind) {
        Attestation found = null;
        for (Attestation a : attestations) {
            if (a.kind() == kind && (found == null || !a.signedOn().isBefore(found.signedOn()))) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    public VendorAttestations with(Attestation attestation) {
        List<Attestation> all = new ArrayList<>(attestations);
        all.add(Objects.requireNonNull(attestation, "attestation"));
        all.sort(Comparator.comparing(Attestation::signedOn));
        return new VendorAttestations(vendorId, all);
    }
}
