package org.lpodesk.outsourcing;

/**
 * The signed statements the firm keeps on file for each vendor before client documents travel.
 * The first two decide whether the vendor is a "covered person" under the DOJ bulk-data rule
 * (28 CFR 202.211: an entity 50% or more owned from a country of concern, or an individual
 * primarily resident in one, is covered; consent is no exemption); the third records the
 * reasonable security measures ABA Formal Opinions 477R and 498 expect of a vendor (encryption,
 * access control, staff training).
 */
public enum AttestationKind {
    /** No 50%+ ownership, direct or indirect, from a country of concern; or the facts when there is. */
    OWNERSHIP("28 CFR 202.211(a)(1)"),
    /** No staff or contractor primarily resident in a country of concern works on firm data; or the facts. */
    STAFF_RESIDENCE("28 CFR 202.211(a)(4)"),
    /** Encryption, access control and training in place (no covered-person statement). */
    SECURITY("ABA Formal Op. 477R; ABA Formal Op. 498");

    private final String citation;

    AttestationKind(String citation) {
        this.citation = citation;
    }

    /** The rule the attestation answers; shown next to every refusal it causes. */
    public String citation() {
        return citation;
    }

    /** Whether the attestation can state covered-person facts (ownership and staff residence can). */
    public boolean speaksToCoveredStatus() {
        return this != SECURITY;
    }

    /** Key of the attestation's readable name in {@code org/lpodesk/outsourcing/messages.properties}. */
    public String labelKey() {
        return "attestation.kind." + name();
    }
}
