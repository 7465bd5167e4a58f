package org.lpodesk.sharing;

/**
 * What the client's informed consent to outsourcing covers. The enum names are the stored
 * values of the {@code imm:consentScopes} LIST constraint.
 */
public enum ConsentScope {
    /** Client documents other than restricted PII may go to the firm's LPO vendors. */
    DOCUMENTS,
    /** Also restricted PII (passport, SSN, A-Number, medical, criminal records). */
    DOCUMENTS_AND_RESTRICTED_PII;

    public boolean coversRestrictedPii() {
        return this == DOCUMENTS_AND_RESTRICTED_PII;
    }

    public String modelValue() {
        return name();
    }
}
