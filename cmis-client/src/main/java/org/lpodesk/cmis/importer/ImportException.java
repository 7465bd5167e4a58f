package org.lpodesk.cmis.importer;

/** The import cannot start: its input is unreadable or malformed as a whole. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
