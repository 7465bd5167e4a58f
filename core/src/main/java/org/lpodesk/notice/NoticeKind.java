package org.lpodesk.notice;

/**
 * Kinds of USCIS notice. The enum names are the stored values of the {@code imm:noticeKinds}
 * LIST constraint; the content model is checked against this enum.
 */
public enum NoticeKind {
    RECEIPT,
    BIOMETRICS,
    RFE,
    NOID,
    APPROVAL,
    DENIAL,
    TRANSFER,
    INTERVIEW;

    /** The value stored in the repository and exposed over CMIS. */
    public String modelValue() {
        return name();
    }
}
