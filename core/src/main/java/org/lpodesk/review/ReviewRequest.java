package org.lpodesk.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer wants to record an outcome for one document version.
 *
 * @param comment optional free text ({@code null} or blank means none)
 */
public record ReviewRequest(DocumentVersion document, Reviewer reviewer, ReviewOutcome outcome,
                            String comment, Instant reviewedAt) {

    public ReviewRequest {
        Objects.requireNonNull(document, "document under review must not be null");
        Objects.requireNonNull(reviewer, "reviewer must not be null");
        Objects.requireNonNull(outcome, "review outcome must not be null");
        Objects.requireNonNull(reviewedAt, "review time must not be null");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
