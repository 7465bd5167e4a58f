package org.lpodesk.cmis.cli;

/** A command cannot run as asked; the message says why. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
