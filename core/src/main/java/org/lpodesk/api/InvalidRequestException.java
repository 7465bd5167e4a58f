package org.lpodesk.api;

/** What was sent to a workflow step or web script is incomplete or wrong; the user fixes it and tries again. */
public final class InvalidRequestException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
