package org.lpodesk.sharing;

/**
 * How sensitive a document is. The enum names are the stored values of the
 * {@code imm:confidentialityLevels} LIST constraint; the content model is checked against it.
 */
public enum ConfidentialityLevel {
    /** Firm work product or public material with no client secrets (research, articles). */
    INTERNAL,
    /** Client-confidential (Model Rule 1.6): shareable with a vendor under recorded consent. */
    CONFIDENTIAL,
    /**
     * Passports, SSNs, A-Numbers, medical and criminal records: shared only when the consent
     * covers restricted PII and the requester recorded a reason, never with a vendor in a
     * country of concern (28 CFR 202).
     */
    RESTRICTED_PII;

    public String modelValue() {
        return name();
    }
}
