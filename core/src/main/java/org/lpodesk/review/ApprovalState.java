package org.lpodesk.review;

/** Whether a document's stored attorney approval lets it leave the firm. */
public enum ApprovalState {
    /** Approved, and the approval names the current version label. */
    VALID,
    /** No review has been recorded. */
    NONE,
    /** The recorded review requested changes or rejected the document. */
    NOT_APPROVED,
    /** Approved, but the content changed since: the approval names an older version label. */
    VOIDED_BY_EDIT
}
