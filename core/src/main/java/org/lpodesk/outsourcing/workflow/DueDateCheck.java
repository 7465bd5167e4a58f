package org.lpodesk.outsourcing.workflow;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The case-deadline side of the start check: may the vendor's work be due then, given the case's
 * deadline and the firm's attorney-review buffer? Backed by {@code org.lpodesk.deadline}.
 */
@FunctionalInterface
public interface DueDateCheck {

    /**
     * @param caseId    the case, or null when the task belongs to no case
     * @param vendorDue when the vendor's work is due
     * @return every reason the due date is refused, as readable sentences; empty when accepted
     */
    List<String> problems(String caseId, ZonedDateTime vendorDue);

    /** For firms and tests that check no case deadline. */
    DueDateCheck NONE = (caseId, vendorDue) -> List.of();
}
