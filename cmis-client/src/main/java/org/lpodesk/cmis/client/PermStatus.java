package org.lpodesk.cmis.client;

import java.time.LocalDate;
import java.util.List;

/**
 * A PERM case's timeline as the repository computed and stored it (the kit reads it, never
 * computes it): the filing window, the violations with their rules, the next open clock, and the
 * recruitment steps the repository keeps with the case.
 *
 * @param violations one sentence each, with its citation, as the repository wrote them
 */
public record PermStatus(String caseId, String caseNumber, LocalDate filedOn, String flagCaseNumber,
                         LocalDate earliestFiling, LocalDate latestFiling, int violationCount, List<String> violations,
                         LocalDate nextClock, String nextClockLabel, List<Step> steps) {

    public PermStatus {
        violations = List.copyOf(violations);
        steps = List.copyOf(steps);
    }

    /** One recruitment step as recorded. */
    public record Step(String kind, LocalDate start, LocalDate end, String where) {
    }

    /** Whether the repository has computed the timeline (it does at the first recruitment step or PERM fact). */
    public boolean computed() {
        return earliestFiling != null || nextClock != null || violationCount > 0;
    }
}
