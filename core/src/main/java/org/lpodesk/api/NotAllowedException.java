package org.lpodesk.api;

/** The acting user may not take this step (a role the user lacks, or a step the drafter may not take). */
public final class NotAllowedException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.FORBIDDEN;
    }
}
