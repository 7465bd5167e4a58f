package org.lpodesk.outsourcing;

import java.util.Objects;

/** One reason a vendor is not engageable, with its readable (English) message. */
public record VettingIssue(VettingProblem problem, String message) {

    public VettingIssue {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }
}
