package org.lpodesk.review;

/** Why {@link ApprovalPolicy} refused; each has a message in {@code ReviewMessages.properties}. */
public enum RefusalReason {
    /** Arguments: reviewer, document, attorney group. */
    NOT_FIRM_ATTORNEY,
    /** Arguments: reviewer, document, version label. */
    DRAFTER_CANNOT_APPROVE,
    /** Arguments: document, action, current version label. */
    NO_APPROVAL,
    /** Arguments: document, action, approved version label, outcome. */
    APPROVAL_NOT_GRANTED,
    /** Arguments: document, action, approved version label, current version label. */
    APPROVAL_FOR_OTHER_VERSION;

    String messageKey() {
        return "refusal." + name();
    }
}
