package org.lpodesk.evidence.rfe;

import java.util.List;
import java.util.Objects;

/**
 * One issue a Request for Evidence names (8 CFR 103.2(b)(8)): the requirement USCIS found unmet,
 * the evidence it says is missing, the examples it gave, and the exhibits the response answers it
 * with (by name).
 */
public record RfeIssue(int number, String requirement, String missingEvidence, String examples, List<String> exhibits) {

    public RfeIssue {
        Objects.requireNonNull(requirement, "requirement");
        exhibits = List.copyOf(exhibits);
    }

    public boolean answered() {
        return !exhibits.isEmpty();
    }
}
