package org.lpodesk.correspondence;

/**
 * Where a reply is on its way out, stored as {@code imm:replyState} (the model's
 * {@code imm:replyStates} constraint lists these names; a platform test compares them).
 */
public enum ReplyState {
    /** Written, perhaps under review; not asked to be sent. */
    DRAFT,
    /** Approved and asked to be sent; the repository's sender takes it after the request commits. */
    QUEUED,
    /** The mail server accepted it; {@code imm:sent} records when, to whom and which version. */
    SENT,
    /** The last attempt failed; another follows at {@code imm:nextAttemptAt}. */
    RETRYING,
    /** Every attempt failed; a person must look at the error and send it again. */
    FAILED
}
