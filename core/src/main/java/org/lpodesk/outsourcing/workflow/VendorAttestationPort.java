package org.lpodesk.outsourcing.workflow;

import org.lpodesk.outsourcing.VendorAttestations;

/**
 * Port: the attestations the firm keeps on file for each vendor (ownership, staff residence,
 * security). The Alfresco adapter reads them from the vendor's record; a vendor with none on file
 * returns {@link VendorAttestations#none}, which the sharing policy refuses by name.
 */
public interface VendorAttestationPort {

    VendorAttestations attestations(String vendorId);
}
