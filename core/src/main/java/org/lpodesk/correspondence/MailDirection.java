package org.lpodesk.correspondence;

/**
 * Which way a filed message went, stored as {@code imm:mailDirection} (the model's
 * {@code imm:mailDirections} constraint lists these names; a platform test compares them).
 */
public enum MailDirection {
    /** Received at the case's address. */
    INBOUND,
    /** A reply of the firm's, drafted in the case and sent once approved. */
    OUTBOUND
}
