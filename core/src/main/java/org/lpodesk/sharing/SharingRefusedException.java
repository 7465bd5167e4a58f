package org.lpodesk.sharing;

/** A request the sharing policy refused; the message names every reason, in English. */
public final class SharingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SharingDecision decision;

    public SharingRefusedException(SharingDecision decision) {
        super(decision.summary());
        this.decision = decision;
    }

    public SharingDecision decision() {
        return decision;
    }
}
