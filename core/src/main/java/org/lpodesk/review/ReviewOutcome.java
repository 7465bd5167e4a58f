package org.lpodesk.review;

/**
 * Outcome of a firm attorney's review of work product. The enum names are the stored values of
 * the {@code imm:approvalOutcomes} LIST constraint on the attorney-approval aspect.
 */
public enum ReviewOutcome {
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED;

    public String modelValue() {
        return name();
    }
}
