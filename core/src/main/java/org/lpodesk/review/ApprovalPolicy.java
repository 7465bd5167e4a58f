package org.lpodesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The firm's sign-off rules for work product (ABA Formal Op. 08-451; Model Rules 5.1, 5.3):
 * <ul>
 * <li>only a member of the firm attorney group records a review;</li>
 * <li>nobody approves a version they drafted;</li>
 * <li>an approval belongs to one content version label, so editing the content voids it;</li>
 * <li>a document is marked filed or sent only with a valid approval of its current version.</li>
 * </ul>
 * Pure decisions: the workflow delegates and the repository behaviours gather the facts, ask,
 * and store or refuse. Thread-safe and stateless.
 */
public final class ApprovalPolicy {

    /** Alfresco authority of the firm's attorneys (see DESIGN.md, "Roles and places"). */
    public static final String FIRM_ATTORNEY_GROUP = "GROUP_IMM_ATTORNEYS";

    private final String attorneyGroup;

    public ApprovalPolicy() {
        this(FIRM_ATTORNEY_GROUP);
    }

    public ApprovalPolicy(String attorneyGroup) {
        this.attorneyGroup = Texts.requireNonBlank(attorneyGroup, "blank.attorneyGroup");
    }

    public String attorneyGroup() {
        return attorneyGroup;
    }

    /**
     * May the reviewer record this outcome on this version? Requesting changes or rejecting is
     * also reserved to firm attorneys (it is the same sign-off step); only approving is barred
     * to the drafter, who may still turn down their own draft.
     */
    public ReviewDecision review(ReviewRequest request) {
        List<Refusal> refusals = new ArrayList<>();
        String reviewer = request.reviewer().userName();
        DocumentVersion document = request.document();
        if (!request.reviewer().belongsTo(attorneyGroup)) {
            refusals.add(Refusal.of(RefusalReason.NOT_FIRM_ATTORNEY, reviewer, document.documentRef(), attorneyGroup));
        }
        if (request.outcome() == ReviewOutcome.APPROVED && document.draftedBy(reviewer)) {
            refusals.add(Refusal.of(RefusalReason.DRAFTER_CANNOT_APPROVE, reviewer, document.documentRef(),
                    document.versionLabel()));
        }
        if (!refusals.isEmpty()) {
            return ReviewDecision.refused(refusals);
        }
        return ReviewDecision.recorded(new AttorneyApproval(reviewer, request.reviewedAt(), request.outcome(),
                request.comment(), document.versionLabel()));
    }

    /** What the stored approval is worth for the document's current version label. */
    public ApprovalState state(Optional<AttorneyApproval> approval, String currentVersionLabel) {
        String current = Texts.requireNonBlank(currentVersionLabel, "blank.currentVersionLabel");
        if (approval.isEmpty()) {
            return ApprovalState.NONE;
        }
        AttorneyApproval stored = approval.get();
        if (stored.outcome() != ReviewOutcome.APPROVED) {
            return ApprovalState.NOT_APPROVED;
        }
        return stored.approvedVersionLabel().equals(current) ? ApprovalState.VALID : ApprovalState.VOIDED_BY_EDIT;
    }

    /**
     * After a content edit produced {@code newVersionLabel}: must the stored approval be
     * cleared? True only for an approval of another version; requests for changes and
     * rejections stay as the history of the last review.
     */
    public boolean voidedBy(AttorneyApproval approval, String newVersionLabel) {
        return state(Optional.of(approval), newVersionLabel) == ApprovalState.VOIDED_BY_EDIT;
    }

    /** May the document be marked filed or sent now? */
    public PolicyDecision release(ReleaseRequest request) {
        String document = request.documentRef();
        String current = request.currentVersionLabel();
        ApprovalState state = state(request.approval(), current);
        return switch (state) {
            case VALID -> PolicyDecision.allow();
            case NONE -> refuse(Refusal.of(RefusalReason.NO_APPROVAL, document, request.action(), current));
            case NOT_APPROVED -> refuse(Refusal.of(RefusalReason.APPROVAL_NOT_GRANTED, document, request.action(),
                    request.approval().get().approvedVersionLabel(), request.approval().get().outcome()));
            case VOIDED_BY_EDIT -> refuse(Refusal.of(RefusalReason.APPROVAL_FOR_OTHER_VERSION, document,
                    request.action(), request.approval().get().approvedVersionLabel(), current));
        };
    }

    private static PolicyDecision refuse(Refusal refusal) {
        return new PolicyDecision(List.of(refusal));
    }
}
