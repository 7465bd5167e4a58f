package org.lpodesk.outsourcing.workflow;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.deadline.VendorDueDatePlanner;
import org.lpodesk.deadline.VendorDueDateRefusedException;

/**
 * The due-date side of the start check, backed by {@link VendorDueDatePlanner}: the vendor's work
 * must be due early enough to leave the firm its attorney-review buffer and filing time before
 * the case deadline. A task with no case, or a case with no deadline, passes.
 */
public final class CaseDeadlineDueDateCheck implements DueDateCheck {

    private final VendorDueDatePlanner planner;
    private final CasePort cases;

    public CaseDeadlineDueDateCheck(VendorDueDatePlanner planner, CasePort cases) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public List<String> problems(String caseId, ZonedDateTime vendorDue) {
        if (caseId == null) {
            return List.of();
        }
        Optional<LocalDate> deadline = cases.deadline(caseId);
        if (deadline.isEmpty()) {
            return List.of();
        }
        try {
            planner.check(vendorDue, deadline.get());
            return List.of();
        } catch (VendorDueDateRefusedException e) {
            return List.of(e.getMessage());
        }
    }
}
