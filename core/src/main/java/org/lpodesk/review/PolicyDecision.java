package org.lpodesk.review;

import java.util.List;

/** Allowed when there is no refusal; otherwise every reason that applies. */
public record PolicyDecision(List<Refusal> refusals) {

    public PolicyDecision {
        refusals = List.copyOf(refusals);
    }

    public static PolicyDecision allow() {
        return new PolicyDecision(List.of());
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** Throws {@link ApprovalRefusedException} carrying the refusals unless allowed. */
    public void orElseThrow() {
        if (!allowed()) {
            throw new ApprovalRefusedException(refusals);
        }
    }
}
