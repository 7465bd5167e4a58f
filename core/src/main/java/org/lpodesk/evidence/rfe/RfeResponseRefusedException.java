package org.lpodesk.evidence.rfe;

import org.lpodesk.api.UserRefusal;

/** An RFE response that may not go out yet: an issue without an exhibit, or a partial response without its reason. */
public final class RfeResponseRefusedException extends IllegalStateException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    public RfeResponseRefusedException(String message) {
        super(message);
    }

    @Override
    public Kind refusalKind() {
        return Kind.CONFLICT;
    }
}
