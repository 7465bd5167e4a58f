package org.lpodesk.review;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@link ReviewRequest}: either the {@link AttorneyApproval} to store on the
 * document, or the reasons the reviewer may not record it.
 */
public record ReviewDecision(Optional<AttorneyApproval> approval, List<Refusal> refusals) {

    public ReviewDecision {
        refusals = List.copyOf(refusals);
        if (approval.isPresent() == !refusals.isEmpty()) {
            throw new IllegalArgumentException("a review decision has either an approval or refusals, not "
                    + (approval.isPresent() ? "both" : "neither"));
        }
    }

    static ReviewDecision recorded(AttorneyApproval approval) {
        return new ReviewDecision(Optional.of(approval), List.of());
    }

    static ReviewDecision refused(List<Refusal> refusals) {
        return new ReviewDecision(Optional.empty(), refusals);
    }

    public boolean allowed() {
        return approval.isPresent();
    }

    /** The record to store, or {@link ApprovalRefusedException} carrying the refusals. */
    public AttorneyApproval approvalOrThrow() {
        return approval.orElseThrow(() -> new ApprovalRefusedException(refusals));
    }
}
