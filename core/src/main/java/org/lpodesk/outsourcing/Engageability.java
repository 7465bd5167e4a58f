package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Whether a vendor may be engaged on a given day, and every reason when it may not. */
public record Engageability(String vendorId, LocalDate asOf, List<VettingIssue> issues) {

    public Engageability {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(asOf, "asOf");
        issues = List.copyOf(issues);
    }

    public boolean engageable() {
        return issues.isEmpty();
    }

    /** Every issue's message, separated by "; " (empty when engageable). */
    public String reason() {
        return issues.stream().map(VettingIssue::message).collect(Collectors.joining("; "));
    }
}
