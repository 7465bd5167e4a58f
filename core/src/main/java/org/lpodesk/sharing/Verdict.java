package org.lpodesk.sharing;

/** The sharing policy's verdict on one document. */
public enum Verdict {
    SHARE,
    REFUSE
}
