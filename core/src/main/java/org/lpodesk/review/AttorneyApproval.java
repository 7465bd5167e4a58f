package org.lpodesk.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code imm:attorneyApproval} aspect stores: who reviewed which content version,
 * when, with which outcome. Only an {@link ReviewOutcome#APPROVED} record for the document's
 * current version label lets the document be filed or sent.
 */
public record AttorneyApproval(String approver, Instant approvedAt, ReviewOutcome outcome,
                               String comment, String approvedVersionLabel) {

    public AttorneyApproval {
        approver = Texts.requireNonBlank(approver, "blank.approver");
        Objects.requireNonNull(approvedAt, "approval time must not be null");
        Objects.requireNonNull(outcome, "approval outcome must not be null");
        approvedVersionLabel = Texts.requireNonBlank(approvedVersionLabel, "blank.approvedVersionLabel");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Optional<String> commentText() {
        return Optional.ofNullable(comment);
    }
}
