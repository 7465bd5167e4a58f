package org.lpodesk.sharing;

import org.lpodesk.api.UserRefusal;
/** A request the sharing policy refused; the message names every reason, in English. */
public final class SharingRefusedException extends RuntimeException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final transient SharingDecision decision;

    public SharingRefusedException(SharingDecision decision) {
        super(decision.summary());
        this.decision = decision;
    }

    public SharingDecision decision() {
        return decision;
    }

    @Override
    public Kind refusalKind() {
        return Kind.FORBIDDEN;
    }
}
