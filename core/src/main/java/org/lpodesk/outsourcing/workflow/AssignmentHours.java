package org.lpodesk.outsourcing.workflow;

import java.math.BigDecimal;

/**
 * The hours logged so far on an open outsourcing request, read from its {@value Assignment#VARIABLE}
 * process variable as the repository returns it (the case page shows them before the task closes
 * and the usage ledger records the total).
 */
public final class AssignmentHours {

    /** The process variable the assignment state is stored in. */
    public static final String VARIABLE = Assignment.VARIABLE;

    private AssignmentHours() {
    }

    /** The drafting rounds' hours added up; zero before any round was completed or when the value is absent. */
    public static BigDecimal of(Object storedAssignment) {
        if (storedAssignment == null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(Assignment.parse(storedAssignment.toString()).number(Assignment.TOTAL_HOURS));
    }
}
