package org.lpodesk.api;

/** The step does not fit the current state of the objects it concerns (e.g. delivering a draft whose approval an edit voided). */
public final class ConflictException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.CONFLICT;
    }
}
