package org.lpodesk.notice;

/**
 * Kinds of USCIS notice. The enum names are the stored values of the {@code imm:noticeKinds}
 * LIST constraint; the content model is checked against this enum.
 */
public enum NoticeKind {
    RECEIPT,
    BIOMETRICS,
    RFE,
    /** Notice of Intent to Deny. */
    NOID,
    /** Notice of Intent to Revoke. */
    NOIR,
    /** Notice of Intent to Terminate. */
    NOIT,
    APPROVAL,
    DENIAL,
    /** Revocation of an approved immigrant petition (I-290B: 15 days, 18 if mailed). */
    REVOCATION,
    TRANSFER,
    INTERVIEW;

    /** The value stored in the repository and exposed over CMIS. */
    public String modelValue() {
        return name();
    }
}
