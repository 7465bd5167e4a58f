package org.lpodesk.uscis;

/** Where a recorded USCIS case status came from. */
public enum StatusSource {
    /** A person read the USCIS case status page and recorded what it showed. */
    MANUAL,
    /** USCIS's Case Status API, with the firm's own credentials. */
    API,
    /** A USCIS notice filed in the case. */
    NOTICE
}
