package org.lpodesk.review;

/** Ways a document leaves the firm, each of which needs a valid attorney approval. */
public enum ReleaseAction {
    /** Marked filed with USCIS (the {@code imm:filing} aspect). */
    FILE,
    /** Sent to the client or another outside party. */
    SEND
}
