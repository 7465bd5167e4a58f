package org.lpodesk.notice;

/**
 * How USCIS served a notice. Service by mail adds days to the response period (8 CFR 103.8(b));
 * the enum names are the values stored in the repository.
 */
public enum ServiceMethod {
    /** Mailed on the notice date; service is complete on mailing. */
    MAIL,
    /** Delivered electronically (online account); no days are added. */
    ELECTRONIC;

    /** The value stored in the repository and exposed over CMIS. */
    public String modelValue() {
        return name();
    }
}
